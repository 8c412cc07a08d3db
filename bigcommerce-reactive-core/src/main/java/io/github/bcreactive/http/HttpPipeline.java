package io.github.bcreactive.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bcreactive.ratelimit.EndpointLimiter;
import io.github.bcreactive.ratelimit.RateLimiter;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ordered list of policies a call runs through, built in one place ({@link #of}). The order is the one
 * {@link HttpPolicy} documents; the user's policies sit right after the retry step, so they see every attempt and
 * never the credentials.
 */
final class HttpPipeline {

    /** The name {@link #describe()} gives a user's policy. */
    static final String USER_POLICY = "user policy";

    private final List<HttpPolicy> policies;
    private final List<String> names;

    private HttpPipeline(List<HttpPolicy> policies, List<String> names) {
        this.policies = List.copyOf(policies);
        this.names = List.copyOf(names);
    }

    static HttpPipeline of(WebClient webClient, JsonMapper mapper, StoreEndpoint endpoint, RateLimiter rateLimiter,
            String userAgent, Duration responseTimeout, Duration callTimeout, RetryOptions retry,
            int maxResponseBytes, List<HttpPolicy> userPolicies, EndpointLimiter endpointLimiter) {
        List<HttpPolicy> policies = new ArrayList<>();
        policies.add(new CallTimeoutPolicy(callTimeout));
        policies.add(new RetryPolicy(new RetryStrategy(retry), rateLimiter));
        int firstUserPolicy = policies.size();
        policies.addAll(userPolicies);
        policies.add(new CredentialsPolicy(endpoint));
        policies.add(new UserAgentPolicy(userAgent));
        policies.add(new EndpointLimitPolicy(endpointLimiter));
        policies.add(new RateLimitPolicy(rateLimiter));
        policies.add(new AttemptTimeoutPolicy(responseTimeout));
        policies.add(new StatusPolicy(mapper));
        policies.add(new LoggingPolicy());
        policies.add(new SendPolicy(webClient, maxResponseBytes));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            boolean user = i >= firstUserPolicy && i < firstUserPolicy + userPolicies.size();
            names.add(user ? USER_POLICY : policies.get(i).getClass().getSimpleName());
        }
        return new HttpPipeline(policies, names);
    }

    /** Runs a call through every policy. */
    Mono<RawResponse> send(PipelineRequest call) {
        return new PipelineNext(policies, 0, call).proceed();
    }

    /** The steps in order, by class name; a user's policy is {@value #USER_POLICY}. */
    List<String> describe() {
        return names;
    }
}
