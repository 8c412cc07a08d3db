package io.github.bcreactive.autoconfigure.observation;

/**
 * Hands "did this request wait for its rate-limit permit" from the limiter to the attempt's observation. The
 * transport subscribes to the attempt in the same call stack in which the permit completes (the limiter's completion
 * signal starts the exchange), so the value is set around that signal and read when the exchange filter runs. If a
 * future transport put a thread hop between the two, the filter finds nothing and says {@code unknown}.
 */
final class PermitHandoff {

    private static final ThreadLocal<Boolean> WAITED = new ThreadLocal<>();

    private PermitHandoff() {
    }

    static void offer(boolean waited) {
        WAITED.set(waited);
    }

    static Boolean take() {
        Boolean waited = WAITED.get();
        WAITED.remove();
        return waited;
    }

    static void clear() {
        WAITED.remove();
    }
}
