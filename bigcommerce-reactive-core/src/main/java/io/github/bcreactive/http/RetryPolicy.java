package io.github.bcreactive.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.error.HttpException;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.ratelimit.RateLimiter;
import org.slf4j.Logger;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Runs the attempts of a call: each gets a fresh {@link PipelineRequest}, and a failure the {@link RetryStrategy}
 * retries is waited out first. A 429's wait is also told to the limiter, so the store's other calls hold too.
 */
final class RetryPolicy implements HttpPolicy {

    private static final Logger LOG = LoggingPolicy.LOG;

    private final RetryStrategy strategy;
    private final RateLimiter rateLimiter;

    RetryPolicy(RetryStrategy strategy, RateLimiter rateLimiter) {
        this.strategy = strategy;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest call, PipelineNext next) {
        AtomicInteger attempts = new AtomicInteger();
        return Mono.defer(() -> next.proceed(call.nextAttempt(attempts.incrementAndGet())))
                .retryWhen(Retry.from(signals -> {
                    RetryStrategy.Decisions decisions = strategy.start(call.method());
                    return signals.concatMap(signal -> retryAfter(call, decisions, signal.failure()));
                }));
    }

    private Mono<Long> retryAfter(PipelineRequest call, RetryStrategy.Decisions decisions, Throwable failure) {
        Duration wait = decisions.next(failure);
        if (wait == null) {
            return Mono.error(failure);
        }
        call.lastFailure(failure);
        if (failure instanceof TooManyRequestsException) {
            RateLimitPolicy.safely(() -> rateLimiter.onThrottled(call.storeKey(), wait), "onThrottled", call);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}: {}, retrying in {} ms [store {}]", call.method(), call.path(), outcome(failure),
                    wait.toMillis(), call.storeKey());
        }
        return Mono.delay(wait);
    }

    private static String outcome(Throwable failure) {
        return failure instanceof HttpException http ? String.valueOf(http.status())
                : failure.getClass().getSimpleName();
    }
}
