package io.github.bcreactive.auth;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import io.github.bcreactive.auth.InvalidPayloadException.Reason;

/**
 * Reads typed fields out of a verified JSON object (JWT claims or a legacy payload), turning an absent or mistyped
 * field into {@link Reason#BAD_CLAIM}. Paths in messages are dotted ({@code user.id}).
 */
final class PayloadFields {

    private final Map<String, ?> fields;
    private final String path;

    private PayloadFields(Map<String, ?> fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    /**
     * Wraps a top-level object.
     *
     * @param fields the object's fields
     * @return a reader of them
     */
    static PayloadFields of(Map<String, ?> fields) {
        return new PayloadFields(fields, "");
    }

    String text(String name) {
        return optionalText(name).orElseThrow(() -> bad(name, "a string"));
    }

    Optional<String> optionalText(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw bad(name, "a string");
    }

    long number(String name) {
        OptionalLong value = optionalNumber(name);
        if (value.isEmpty()) {
            throw bad(name, "a whole number");
        }
        return value.getAsLong();
    }

    OptionalLong optionalNumber(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof Integer || value instanceof Long) {
            return OptionalLong.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            return OptionalLong.of(big.longValue());
        }
        throw bad(name, "a whole number");
    }

    /** A field BigCommerce sends as a string or a number, read as text ({@code "6"} or {@code 6}). */
    Optional<String> optionalId(String name) {
        Object value = fields.get(name);
        if (value instanceof Number) {
            return Optional.of(String.valueOf(number(name)));
        }
        return optionalText(name);
    }

    PayloadFields object(String name) {
        return optionalObject(name).orElseThrow(() -> bad(name, "an object"));
    }

    Optional<PayloadFields> optionalObject(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> object = (Map<String, ?>) map;
            return Optional.of(new PayloadFields(object, path + name + "."));
        }
        throw bad(name, "an object");
    }

    /** Reads {@code {"id":..,"email":..,"username":..,"locale":..}}. */
    AppUser user() {
        return new AppUser(number("id"), text("email"), optionalText("username"), optionalText("locale"));
    }

    InvalidPayloadException bad(String name, String expected) {
        return new InvalidPayloadException(Reason.BAD_CLAIM,
                "'" + path + name + "' is missing or not " + expected + ".", null);
    }
}
