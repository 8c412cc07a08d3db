package io.github.bcreactive.http;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;

/** Sets {@code User-Agent} and {@code Accept: application/json}. */
final class UserAgentPolicy implements HttpPolicy {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    private final String userAgent;

    UserAgentPolicy(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        request.headers().setAccept(JSON);
        request.headers().set(HttpHeaders.USER_AGENT, userAgent);
        return next.proceed();
    }
}
