package io.github.bcreactive.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The dates of the two APIs: v2 sends RFC 2822 ({@code Tue, 20 Nov 2012 00:00:00 +0000}), v3 sends ISO 8601
 * ({@code 2012-11-20T00:00:00+00:00}). Either decodes to an {@link OffsetDateTime}; an empty string (v2's "never",
 * as in an unshipped order's {@code date_shipped}) decodes to {@code null}; a date without an offset
 * ({@code 2023-07-17 06:30:41}, as customer groups send it) is taken as UTC. Models write dates back in their own
 * version's format.
 *
 * <pre>{@code
 * OffsetDateTime created = ApiDates.parse("Tue, 20 Nov 2012 00:00:00 +0000");
 * }</pre>
 */
public final class ApiDates {

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH);

    private ApiDates() {
    }

    /**
     * Parses a date in either API's format.
     *
     * @param text RFC 2822, ISO 8601 with an offset, or ISO 8601 without one, {@code T} or a space between date
     *     and time (taken as UTC)
     * @return the date, or {@code null} for a blank text
     * @throws DateTimeParseException when the text is in neither format
     */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (!trimmed.isEmpty() && Character.isLetter(trimmed.charAt(0))) {
            return OffsetDateTime.parse(trimmed, RFC_2822);
        }
        OffsetDateTime plain = plainIso(trimmed);
        if (plain != null) {
            return plain;
        }
        try {
            return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(trimmed.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * The form v3 sends, {@code 2018-08-14T15:37:49+00:00} or with {@code Z}, read without a formatter (a listing
     * reads two dates per item, and the formatter was most of a typed item's decoding); {@code null} for any other
     * form, which the formatter then reads.
     */
    private static OffsetDateTime plainIso(String text) {
        int length = text.length();
        if (length != 20 && length != 25 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int offsetSeconds;
        if (length == 20) {
            if (text.charAt(19) != 'Z') {
                return null;
            }
            offsetSeconds = 0;
        } else {
            char sign = text.charAt(19);
            int hours = digits(text, 20, 2);
            int minutes = digits(text, 23, 2);
            if (sign != '+' && sign != '-' || text.charAt(22) != ':' || hours < 0 || minutes < 0) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0,
                    ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null; // out of range: the formatter reports it
        }
    }

    /** The number in {@code count} ASCII digits from {@code from}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Formats a date as v2 sends it.
     *
     * @param date the date
     * @return e.g. {@code Tue, 20 Nov 2012 00:00:00 +0000}
     */
    public static String formatV2(OffsetDateTime date) {
        return RFC_2822.format(date).replace(" GMT", " +0000");
    }

    /** Reads a date in either format; used through {@link V2Date} and {@link V3Date}. */
    public static final class Deserializer extends ValueDeserializer<OffsetDateTime> {

        /** Creates the deserializer. */
        public Deserializer() {
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            String text = parser.getString();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
                        "neither RFC 2822 nor ISO 8601");
            }
        }
    }

    /** Writes a date as v2 expects it (RFC 2822); used through {@link V2Date}. */
    public static final class V2Serializer extends ValueSerializer<OffsetDateTime> {

        /** Creates the serializer. */
        public V2Serializer() {
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(formatV2(value));
        }
    }

    /** Writes a date as v3 expects it (ISO 8601); used through {@link V3Date}. */
    public static final class V3Serializer extends ValueSerializer<OffsetDateTime> {

        /** Creates the serializer. */
        public V3Serializer() {
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }
}
