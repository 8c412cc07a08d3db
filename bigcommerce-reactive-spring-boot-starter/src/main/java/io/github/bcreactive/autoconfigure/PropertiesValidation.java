package io.github.bcreactive.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.bcreactive.http.StoreEndpoint;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import org.springframework.validation.Errors;

/**
 * The checks of {@link BigCommerceProperties}: each wrong value is rejected under its own field, which Spring Boot
 * reports as the full property name. Where the core already checks a setting (URLs, store hashes, retry and
 * rate-limit options) its rule is reused and the setting it names is mapped to the property.
 */
final class PropertiesValidation {

    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern QUOTED_SETTING = Pattern.compile("'([a-z][A-Za-z]*)'");
    private static final String VALIDATION_TOKEN = "validation-only";

    private PropertiesValidation() {
    }

    static void validate(BigCommerceProperties properties, Errors errors) {
        core(errors, "", () -> StoreEndpoint.requireHttpUrl(properties.apiUrl(), "apiUrl"));
        core(errors, "", () -> StoreEndpoint.requireHttpUrl(properties.loginUrl(), "loginUrl"));
        range(errors, "pageConcurrency", properties.pageConcurrency(), 1, 64);
        range(errors, "maxConnections", properties.maxConnections(), 1, Integer.MAX_VALUE);
        if (properties.clockSkew() == null || properties.clockSkew().isNegative()
                || properties.clockSkew().compareTo(MAX_CLOCK_SKEW) > 0) {
            reject(errors, "clockSkew", "must be between 0 and 5m");
        }
        positive(errors, "timeouts.connect", properties.timeouts().connect());
        positive(errors, "timeouts.response", properties.timeouts().response());
        positive(errors, "timeouts.call", properties.timeouts().call());
        core(errors, "retry", () -> properties.retry().toOptions());
        rateLimit(errors, "rateLimit", properties.rateLimit());
        core(errors, "b2b", () -> StoreEndpoint.requireHttpUrl(properties.b2b().url(), "url"));
        rateLimit(errors, "b2b.rateLimit", properties.b2b().rateLimit());
        if (BigCommerceProperties.hasText(properties.b2b().accessToken())
                && !BigCommerceProperties.hasText(properties.storeHash())) {
            // rejected under the store hash, whose value is no secret (Spring shows the rejected value)
            reject(errors, "storeHash", "is required when 'bigcommerce.b2b.access-token' is set: that token applies to "
                    + "the single store (stores under 'bigcommerce.stores' use their own access token)");
        }
        positive(errors, "health.timeout", properties.health().timeout());
        if (properties.health().cacheTimeToLive() == null || properties.health().cacheTimeToLive().isNegative()) {
            reject(errors, "health.cacheTimeToLive", "must be 0 (no caching) or more");
        }
        BigCommerceProperties.Proxy proxy = properties.proxy();
        if (BigCommerceProperties.hasText(proxy.host())) {
            range(errors, "proxy.port", proxy.port(), 1, 65535);
        }
        if (BigCommerceProperties.hasText(proxy.password()) && !BigCommerceProperties.hasText(proxy.username())) {
            reject(errors, "proxy.username", "is required when 'bigcommerce.proxy.password' is set");
        }
        positive(errors, "pool.maxIdleTime", properties.pool().maxIdleTime());
        if (properties.pool().maxLifeTime() != null) {
            positive(errors, "pool.maxLifeTime", properties.pool().maxLifeTime());
        }
        positive(errors, "pool.pendingAcquireTimeout", properties.pool().pendingAcquireTimeout());
        if (BigCommerceProperties.hasText(properties.storeHash())) {
            storeHash(errors, "storeHash", properties.storeHash());
        }
        for (Map.Entry<String, BigCommerceProperties.Store> store : properties.stores().entrySet()) {
            if (store.getValue() != null && BigCommerceProperties.hasText(store.getValue().storeHash())) {
                storeHash(errors, "stores." + store.getKey() + ".storeHash", store.getValue().storeHash());
            }
        }
    }

    private static void rateLimit(Errors errors, String prefix, BigCommerceProperties.RateLimit rateLimit) {
        core(errors, prefix, () -> RateLimitOptions.builder()
                .minRequestsRemaining(rateLimit.minRequestsRemaining())
                .initialPermits(rateLimit.initialPermits())
                .permitTimeout(rateLimit.permitTimeout())
                .idleEviction(rateLimit.idleEviction())
                .build());
    }

    private static void storeHash(Errors errors, String field, String storeHash) {
        try {
            StoreEndpoint.accessToken(StoreEndpoint.requireHttpUrl("https://api.bigcommerce.com", "apiUrl"),
                    storeHash, VALIDATION_TOKEN, null);
        } catch (IllegalArgumentException e) {
            reject(errors, field, e.getMessage().replaceFirst("^'storeHash' ", ""));
        }
    }

    /** Runs one of the core's checks and rejects the setting it names, under the section {@code prefix}. */
    private static void core(Errors errors, String prefix, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? "is invalid" : e.getMessage();
            Matcher setting = QUOTED_SETTING.matcher(message);
            String field = setting.find() ? (prefix.isEmpty() ? "" : prefix + ".") + setting.group(1) : prefix;
            reject(errors, field, message.replaceFirst("^'[A-Za-z]+' ", ""));
        }
    }

    private static void positive(Errors errors, String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            reject(errors, field, "must be a positive duration, e.g. 30s");
        }
    }

    private static void range(Errors errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            reject(errors, field, max == Integer.MAX_VALUE ? "must be " + min + " or more"
                    : "must be between " + min + " and " + max);
        }
    }

    private static void reject(Errors errors, String field, String reason) {
        String property = BigCommerceProperties.PREFIX + "." + dashed(field);
        errors.rejectValue(field, "bigcommerce.invalid", "'" + property + "' " + reason);
    }

    /** The property form of a field path: {@code stores.eu.storeHash} is {@code stores.eu.store-hash}. */
    static String dashed(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
