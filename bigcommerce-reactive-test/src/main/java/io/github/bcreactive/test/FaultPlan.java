package io.github.bcreactive.test;

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
        NONE, SERVER_ERROR, HTML_BAD_GATEWAY, RESET, SLOW, TRUNCATED_JSON, MALFORMED_JSON, RATE_LIMIT_WITHOUT_HEADERS
    }

    /**
     * The draw for one call.
     *
     * @param kind the fault
     * @param status the status of a server error
     * @param delayMillis how long to wait before answering
     */
    record Decision(Kind kind, int status, long delayMillis) {
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
        };
        for (Object[] entry : table) {
            edge += (double) entry[1];
            if (draw < edge) {
                Kind kind = (Kind) entry[0];
                long delay = kind == Kind.SLOW ? latency + faults.slowResponseDelay().toMillis() : latency;
                return new Decision(kind, kind == Kind.HTML_BAD_GATEWAY ? 502 : status, delay);
            }
        }
        return new Decision(Kind.NONE, 0, latency);
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
