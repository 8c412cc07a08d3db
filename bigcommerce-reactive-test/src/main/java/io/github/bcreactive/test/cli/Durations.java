package io.github.bcreactive.test.cli;

import java.time.Duration;

/**
 * Parses durations written as on the command line: {@code 30s}, {@code 20ms}, {@code 1m}, or bare milliseconds.
 */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text) {
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofMillis(Long.parseLong(value));
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 30s, 20ms, 1m)", bad);
        }
    }
}
