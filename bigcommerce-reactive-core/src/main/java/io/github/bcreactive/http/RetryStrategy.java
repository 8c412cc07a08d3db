package io.github.bcreactive.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.github.bcreactive.error.ResponseTimeoutException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.error.TransportException;
import org.springframework.http.HttpMethod;

/**
 * The retry decisions of {@link RetryOptions}: which failures are retried, and after how long. A 429 is waited out
 * (the longer of its headers, at least {@link RetryOptions#MIN_THROTTLE_WAIT}, or the growing load backoff when it
 * has no usable header) within a count and a total wait; transport errors, response timeouts and 500, 502, 503 and
 * 504 are retried with exponential backoff and jitter, for the retried methods only once the request may have been
 * sent.
 */
final class RetryStrategy {

    private static final Duration FIRST_LOAD_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_LOAD_BACKOFF = Duration.ofSeconds(30);

    private final RetryOptions options;

    RetryStrategy(RetryOptions options) {
        this.options = options;
    }

    /** The decisions of one call, which count its retries and waits. */
    Decisions start(HttpMethod method) {
        return new Decisions(method);
    }

    /** The retry state of one call. Not thread-safe: the retry operator asks one failure at a time. */
    final class Decisions {

        private final HttpMethod method;
        private int retries;
        private int throttleRetries;
        private int unannouncedThrottles;
        private Duration throttled = Duration.ZERO;

        private Decisions(HttpMethod method) {
            this.method = method;
        }

        /**
         * The wait before retrying after this failure.
         *
         * @return the wait, or {@code null} when the call gives up with the failure
         */
        Duration next(Throwable failure) {
            if (failure instanceof TooManyRequestsException tooMany) {
                return throttleWait(tooMany);
            }
            if (retries < options.maxRetries() && isRetryable(failure)) {
                return backoff(retries++);
            }
            return null;
        }

        private Duration throttleWait(TooManyRequestsException tooMany) {
            if (throttleRetries >= options.maxThrottleRetries()) {
                return null;
            }
            // A 429 asking for no wait counts as unannounced: repeated ones back off, and the caps end them.
            Duration asked = tooMany.retryAfter().filter(wait -> !wait.isZero()).orElse(null);
            Duration wait = asked == null ? loadBackoff(unannouncedThrottles++) : atLeast(asked,
                    RetryOptions.MIN_THROTTLE_WAIT);
            if (wait.compareTo(options.maxThrottleWait()) > 0
                    || throttled.plus(wait).compareTo(options.maxThrottleWait()) > 0) {
                return null;
            }
            throttled = throttled.plus(wait);
            throttleRetries++;
            return wait;
        }

        private boolean isRetryable(Throwable failure) {
            if (failure instanceof TransportException transport && !transport.requestSent()) {
                return true;
            }
            boolean retryableFailure = failure instanceof TransportException
                    || failure instanceof ResponseTimeoutException
                    || (failure instanceof ServerException server && isRetryableStatus(server.status()));
            return retryableFailure && options.methods().contains(method);
        }
    }

    private static boolean isRetryableStatus(int status) {
        return status == 500 || status == 502 || status == 503 || status == 504;
    }

    private Duration backoff(int attempt) {
        int shift = Math.min(attempt, 20);
        long initial = options.initialBackoff().toMillis();
        long base = initial > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : initial << shift;
        long capped = Math.min(base, options.maxBackoff().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private static Duration loadBackoff(int attempt) {
        return atMost(FIRST_LOAD_BACKOFF.multipliedBy(1L << Math.min(attempt, 5)), MAX_LOAD_BACKOFF);
    }

    private static Duration atLeast(Duration value, Duration floor) {
        return value.compareTo(floor) < 0 ? floor : value;
    }

    private static Duration atMost(Duration value, Duration cap) {
        return value.compareTo(cap) > 0 ? cap : value;
    }
}
