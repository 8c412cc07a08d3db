package io.github.bcreactive.test.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Date conventions of the API: rows keep epoch seconds; v3 renders ISO 8601 and v2 renders RFC 2822.
 */
public final class Dates {

    /** The newest generated date: 2024-01-01T00:00:00Z. Generated rows date from the two years before it. */
    public static final long GENERATED_UNTIL = 1_704_067_200L;

    /** The span, in seconds, over which generated rows were created. */
    public static final long GENERATED_SPAN = 2L * 365 * 24 * 3600;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    private Dates() {
    }

    /**
     * Formats as the v3 API does, e.g. {@code 2018-08-15T14:49:05+00:00}.
     *
     * @param epochSeconds the instant
     * @return the ISO 8601 text
     */
    public static String iso(long epochSeconds) {
        return ISO.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    /**
     * Formats as the v2 API does, e.g. {@code Tue, 05 Mar 2019 21:40:11 +0000}.
     *
     * @param epochSeconds the instant
     * @return the RFC 2822 text
     */
    public static String rfc2822(long epochSeconds) {
        return RFC_2822.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    /**
     * Parses a date filter value: unix seconds, ISO 8601 (date or date-time) or RFC 2822.
     *
     * @param text the value
     * @return epoch seconds
     * @throws IllegalArgumentException when the value is not a date
     */
    public static long parse(String text) {
        String value = text.trim();
        if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(value);
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException notIsoDateTime) {
            // try the next form
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException notIsoDate) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException notRfc) {
            throw new IllegalArgumentException("not a date: " + value, notRfc);
        }
    }

    /**
     * A generated creation date for a row.
     *
     * @param hash a hash of the row
     * @return epoch seconds within the generated span
     */
    public static long generatedCreated(long hash) {
        return GENERATED_UNTIL - GENERATED_SPAN + Math.floorMod(hash, GENERATED_SPAN);
    }

    /**
     * A generated modification date, not before the creation date and not after {@link #GENERATED_UNTIL}.
     *
     * @param created the creation date
     * @param hash a hash of the row
     * @return epoch seconds
     */
    public static long generatedModified(long created, long hash) {
        return created + Math.floorMod(hash, GENERATED_UNTIL - created + 1);
    }
}
