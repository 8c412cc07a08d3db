package io.github.bcreactive.test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Garbage or extreme values for the four {@code X-Rate-Limit-*} headers, as a misbehaving store, proxy or gateway
 * might send them. {@link Faults.Builder#hostileRateLimitHeaders(double, HostileRateLimitHeaders...)} puts them on a
 * fraction of the answers that carry rate-limit headers (200s and the quota's 429s alike); the rest of the answer is
 * unchanged. A client must treat every one of them as untrusted input: never stall for ever, never throw an untyped
 * exception, never wait past the window the headers promise.
 *
 * <pre>{@code
 * Faults faults = Faults.builder()
 *         .hostileRateLimitHeaders(0.02, HostileRateLimitHeaders.RESET_35_DAYS, HostileRateLimitHeaders.ZERO_QUOTA)
 *         .build();
 * }</pre>
 */
public enum HostileRateLimitHeaders {

    /** {@code Requests-Quota: 0} and {@code Requests-Left: 0}; window and reset as the store's. */
    ZERO_QUOTA,
    /** {@code Time-Reset-Ms} of 35 days (3,024,000,000) with nothing left; window and quota as the store's. */
    RESET_35_DAYS,
    /**
     * {@code Time-Reset-Ms} of 9,300,000,000,000 (above the 9.2e12 ms a {@code long} of nanoseconds holds) with
     * nothing left.
     */
    RESET_BEYOND_LONG_NANOS,
    /** Every value negative: window -30000, reset -1, quota -150, left -3. */
    NEGATIVE,
    /** No value a number: window {@code thirty}, reset {@code soon}, quota {@code NaN}, left {@code 1e400}. */
    NOT_NUMERIC,
    /** More left than the quota: {@code Requests-Left} is a thousand times {@code Requests-Quota}. */
    MORE_LEFT_THAN_QUOTA;

    /** The header names, as the simulator sends them. */
    static final String WINDOW = "X-Rate-Limit-Time-Window-Ms";
    static final String RESET = "X-Rate-Limit-Time-Reset-Ms";
    static final String QUOTA = "X-Rate-Limit-Requests-Quota";
    static final String LEFT = "X-Rate-Limit-Requests-Left";

    /**
     * These headers with the four rate-limit values replaced; other headers pass unchanged.
     *
     * @param headers an answer's headers, including the four rate-limit headers
     * @return the new headers
     */
    Map<String, String> apply(Map<String, String> headers) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        String quota = headers.getOrDefault(QUOTA, "150");
        switch (this) {
            case ZERO_QUOTA -> {
                out.put(QUOTA, "0");
                out.put(LEFT, "0");
            }
            case RESET_35_DAYS -> {
                out.put(RESET, Long.toString(35L * 24 * 60 * 60 * 1000));
                out.put(LEFT, "0");
            }
            case RESET_BEYOND_LONG_NANOS -> {
                out.put(RESET, "9300000000000");
                out.put(LEFT, "0");
            }
            case NEGATIVE -> {
                out.put(WINDOW, "-30000");
                out.put(RESET, "-1");
                out.put(QUOTA, "-150");
                out.put(LEFT, "-3");
            }
            case NOT_NUMERIC -> {
                out.put(WINDOW, "thirty");
                out.put(RESET, "soon");
                out.put(QUOTA, "NaN");
                out.put(LEFT, "1e400");
            }
            case MORE_LEFT_THAN_QUOTA -> out.put(LEFT, Long.toString(Math.max(1, parse(quota)) * 1000));
            default -> throw new IllegalStateException("unknown " + this);
        }
        return out;
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notNumber) {
            return 150;
        }
    }
}
