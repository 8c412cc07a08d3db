package io.github.bcreactive.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runs {@code store-quota.lua}, the shared per-store quota rules, through Lettuce: by its SHA, sending the script body
 * only when Redis does not know it yet (first use, or after a restart or {@code SCRIPT FLUSH}). Every operation fails
 * with {@link RateLimiterUnavailableException} when Redis fails or does not answer within the timeout (instead of
 * Lettuce's own command timeout, a minute by default).
 */
final class QuotaScript {

    private static final String RESOURCE = "store-quota.lua";

    private final RedisReactiveCommands<String, String> redis;
    private final String body;
    private final String sha;
    private final String keyPrefix;
    private final String[] settings;
    private final Duration timeout;
    private final Scheduler scheduler;

    QuotaScript(RedisReactiveCommands<String, String> redis, String keyPrefix, RateLimitOptions options,
            Duration timeout, Scheduler scheduler) {
        this.redis = redis;
        this.timeout = timeout;
        this.scheduler = scheduler;
        this.keyPrefix = keyPrefix;
        this.body = load();
        this.sha = redis.digest(body);
        this.settings = new String[] {
            String.valueOf(options.initialPermits()),
            String.valueOf(options.minRequestsRemaining()),
            options.waitUntilReset() ? "1" : "0",
            String.valueOf(options.permitTimeout().toMillis()),
            String.valueOf(options.idleEviction().toMillis())
        };
    }

    /** Takes a permit when the store's window allows; the answer's {@code code} is 0, else the wait in ms. */
    Mono<Answer> acquire(String storeHash) {
        return run(storeHash, "acquire");
    }

    /** Records what a response reported; the answer's {@code code} is 1 when the store is at its threshold. */
    Mono<Answer> response(String storeHash, RateLimitStatus status) {
        return run(storeHash, "response",
                String.valueOf(status.quota().orElse(-1)),
                String.valueOf(status.window().map(Duration::toMillis).orElse(-1L)),
                String.valueOf(status.resetIn().map(Duration::toMillis).orElse(-1L)),
                String.valueOf(status.left().orElse(-1)));
    }

    /** Holds the store's permits for {@code wait}, for every JVM. */
    Mono<Answer> throttled(String storeHash, Duration wait) {
        return run(storeHash, "throttled", String.valueOf(Math.max(0, wait.toMillis())));
    }

    /** Stops counting one permit as in flight: its request got no response. */
    Mono<Answer> noResponse(String storeHash) {
        return run(storeHash, "noresponse");
    }

    /** Gives back a permit taken for a waiter that left before it could use it. */
    Mono<Answer> refund(String storeHash) {
        return run(storeHash, "refund");
    }

    private Mono<Answer> run(String storeHash, String operation, String... extra) {
        String[] keys = {keyPrefix + storeHash};
        String[] args = new String[1 + settings.length + extra.length];
        args[0] = operation;
        System.arraycopy(settings, 0, args, 1, settings.length);
        System.arraycopy(extra, 0, args, 1 + settings.length, extra.length);
        return redis.<List<Long>>evalsha(sha, ScriptOutputType.MULTI, keys, args)
                .onErrorResume(RedisNoScriptException.class,
                        e -> redis.<List<Long>>eval(body, ScriptOutputType.MULTI, keys, args))
                .next()
                .map(Answer::of)
                .timeout(timeout, scheduler)
                .onErrorMap(failure -> !(failure instanceof RateLimiterUnavailableException), this::unavailable);
    }

    private RateLimiterUnavailableException unavailable(Throwable failure) {
        String why = failure instanceof java.util.concurrent.TimeoutException
                ? "did not answer within " + timeout
                : "failed (" + failure.getClass().getSimpleName() + ")";
        return new RateLimiterUnavailableException("The shared rate limiter's Redis " + why
                + "; the request was not sent", failure);
    }

    private static String load() {
        try (InputStream in = QuotaScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * What the script answered.
     *
     * @param code the operation's result (see each operation)
     * @param quota the store's quota, -1 while unknown
     * @param windowMs the window's length, -1 while unknown
     * @param left requests left for this window, -1 while the window is not tracked
     * @param resetInMs time until the reset (for a 429: until the hold ends)
     * @param tracking whether the store's window is known
     */
    record Answer(long code, long quota, long windowMs, long left, long resetInMs, boolean tracking) {

        static Answer of(List<Long> reply) {
            return new Answer(reply.get(0), reply.get(1), reply.get(2), reply.get(3), reply.get(4), reply.get(5) == 1);
        }
    }
}
