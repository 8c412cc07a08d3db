package io.github.bcreactive.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.test.store.Seeds;

/**
 * Draws, for each store API call, which fault (if any) it gets and how much latency. A draw depends
 * on the seed, the call ({@code store method uri}) and how many times that call was made before.
 */
final class FaultPlan {

    /** What happens to one call. */
    enum Kind {
        NONE, SERVER_ERROR, HTML_BAD_GATEWAY, RESET, SLOW, TRUNCATED_JSON, MALFORMED_JSON, RATE_LIMIT_WITHOUT_HEADERS,
        RATE_LIMIT_SHORT_RESET, EMPTY_BODY, INFORMATIONAL_ONLY, BROKEN_CHUNKED, ENDLESS_BODY
    }

    /**
     * The draw for one call.
     *
     * @param kind the fault
     * @param status the status of a server error
     * @param delayMillis how long to wait before answering
     * @param headers the hostile rate-limit headers to send instead of the real ones, or {@code null}
     * @param variant a seeded number in {@code [0, 1000)} for a fault's variants (blank or empty body, 1xx status)
     */
    record Decision(Kind kind, int status, long delayMillis, HostileRateLimitHeaders headers, int variant) {

        Decision(Kind kind, int status, long delayMillis) {
            this(kind, status, delayMillis, null, 0);
        }
    }

    private static final int[] SERVER_ERROR_STATUSES = {500, 502, 503, 504};

    private final long seed;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    FaultPlan(long seed) {
        this.seed = seed;
    }

    Decision decide(Faults faults, String store, String method, String uri) {
        long latency = faults.latency().toMillis();
        if (!faults.drawsPerRequest()) {
            return new Decision(Kind.NONE, 0, latency);
        }
        String key = store + ' ' + method + ' ' + uri;
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
        long callHash = Seeds.hash(seed, fnv(key), attempt);
        long jitterMillis = faults.jitter().toMillis();
        if (jitterMillis > 0) {
            latency += Math.floorMod(Seeds.hash(callHash, 1, 1), jitterMillis + 1);
        }
        double draw = Seeds.unit(Seeds.hash(callHash, 2, 2));
        HostileRateLimitHeaders headers = null;
        if (faults.hostileRateLimitHeaders() > 0
                && Seeds.unit(Seeds.hash(callHash, 4, 4)) < faults.hostileRateLimitHeaders()) {
            List<HostileRateLimitHeaders> kinds = faults.hostileRateLimitHeaderKinds();
            headers = kinds.get(Seeds.pick(Seeds.hash(callHash, 5, 5), kinds.size()));
        }
        int variant = Seeds.pick(Seeds.hash(callHash, 6, 6), 1000);
        int status = SERVER_ERROR_STATUSES[Seeds.pick(Seeds.hash(callHash, 3, 3), SERVER_ERROR_STATUSES.length)];
        double edge = 0;
        Object[][] table = {
            {Kind.SERVER_ERROR, faults.serverErrors()},
            {Kind.HTML_BAD_GATEWAY, faults.htmlBadGateways()},
            {Kind.RESET, faults.connectionResets()},
            {Kind.SLOW, faults.slowResponses()},
            {Kind.TRUNCATED_JSON, faults.truncatedJson()},
            {Kind.MALFORMED_JSON, faults.malformedJson()},
            {Kind.RATE_LIMIT_WITHOUT_HEADERS, faults.rateLimitsWithoutHeaders()},
            {Kind.RATE_LIMIT_SHORT_RESET, faults.rateLimitsWithShortReset()},
            {Kind.EMPTY_BODY, faults.emptyBodies()},
            {Kind.INFORMATIONAL_ONLY, faults.informationalOnly()},
            {Kind.BROKEN_CHUNKED, faults.brokenChunkedBodies()},
            {Kind.ENDLESS_BODY, faults.endlessBodies()},
        };
        for (Object[] entry : table) {
            edge += (double) entry[1];
            if (draw < edge) {
                Kind kind = (Kind) entry[0];
                long delay = kind == Kind.SLOW ? latency + faults.slowResponseDelay().toMillis() : latency;
                return new Decision(kind, kind == Kind.HTML_BAD_GATEWAY ? 502 : status, delay, headers, variant);
            }
        }
        return new Decision(Kind.NONE, 0, latency, headers, variant);
    }

    void reset() {
        attempts.clear();
    }

    private static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
