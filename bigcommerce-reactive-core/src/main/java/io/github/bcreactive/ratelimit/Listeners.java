package io.github.bcreactive.ratelimit;

import org.slf4j.Logger;
import reactor.core.Exceptions;

/** Calls a {@link RateLimitListener} so that whatever it throws never reaches the limiter or the call. */
final class Listeners {

    private Listeners() {
    }

    /**
     * Tells the listener the state; anything it throws, short of a JVM-fatal error, is logged at WARN and dropped.
     */
    static void tell(RateLimitListener listener, QuotaState state, Logger log) {
        try {
            listener.onQuotaState(state);
        } catch (Throwable failure) {
            Exceptions.throwIfJvmFatal(failure);
            log.warn("Rate limit listener failed for store {}; the call goes on", state.storeHash(), failure);
        }
    }
}
