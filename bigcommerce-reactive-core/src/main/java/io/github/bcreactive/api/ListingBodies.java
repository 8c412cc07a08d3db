package io.github.bcreactive.api;

import java.util.List;

import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.http.RawResponse;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.paging.PageResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/** What both versions' listing decoders share: a 204, a blank body, a bare JSON array. */
final class ListingBodies {

    private ListingBodies() {
    }

    /**
     * The response when no version's own decoding is needed: a 204 (no items) or a bare JSON array. Returns
     * {@code null} for a JSON object, which the version decodes.
     *
     * @throws DecodeException for a blank body with another status, or a body that is neither array nor object
     */
    static <T> PageResponse<T> common(RawResponse raw, JavaType itemType, Transport transport) {
        if (raw.status() == 204) {
            return PageResponse.itemsOnly(raw.status(), raw.headers(), List.of());
        }
        int first = firstChar(raw.body());
        if (first == -1) {
            throw new DecodeException("A " + raw.status() + " listing response had an empty body; only a 204 or an "
                    + "empty list ends a listing", raw.path(), raw.text(), null);
        }
        if (first == '[') {
            return PageResponse.itemsOnly(raw.status(), raw.headers(), items(raw, itemType, transport));
        }
        if (first != '{') {
            throw new DecodeException("A " + raw.status() + " listing response is not a JSON array or object",
                    raw.path(), raw.text(), null);
        }
        return null;
    }

    /** The first character that is not whitespace, or -1 for a blank body. */
    private static int firstChar(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    /** The type of a JSON array of items. */
    static JavaType listOf(JavaType itemType, TypeFactory types) {
        return types.constructCollectionType(List.class, itemType);
    }

    /** A JSON array of items. */
    private static <T> List<T> items(RawResponse raw, JavaType itemType, Transport transport) {
        try {
            return transport.mapper().readValue(raw.body(), listOf(itemType, transport.mapper().getTypeFactory()));
        } catch (JacksonException e) {
            throw transport.decodeFailure(raw, e);
        }
    }
}
