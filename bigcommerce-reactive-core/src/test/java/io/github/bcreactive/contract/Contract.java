package io.github.bcreactive.contract;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.RetryOptions;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client against Prism serving one spec. Prism serves the spec's paths without the server's base path, so a
 * filter strips {@code /stores/{hash}/v2|v3}; it also collects the request violations Prism reports in its
 * {@code sl-violations} header.
 */
final class Contract implements AutoCloseable {

    private final PrismServer prism;
    private final List<String> requestViolations = new CopyOnWriteArrayList<>();
    private final BigCommerceClient client;

    Contract(Path spec, boolean dynamic) {
        this.prism = PrismServer.start(spec, dynamic);
        JsonMapper mapper = BigCommerceClient.Builder.defaultMapper();
        WebClient.Builder web = WebClient.builder().filter((request, next) -> next.exchange(ClientRequest
                .from(request).url(stripStorePrefix(request.url()))
                .headers(headers -> {
                    // some specs (v2 orders) declare Content-Type as a required header even on a GET; the API
                    // does not need it, and the client sends it only with a body
                    if (headers.getContentType() == null) {
                        headers.setContentType(MediaType.APPLICATION_JSON);
                    }
                }).build())
                .doOnNext(response -> response.headers().header("sl-violations").forEach(header -> {
                    for (JsonNode violation : mapper.readTree(header)) {
                        if ("request".equals(violation.path("location").path(0).asString(""))) {
                            requestViolations.add(request.method() + " " + request.url() + ": " + violation);
                        }
                    }
                })));
        this.client = BigCommerceClient.builder()
                .storeHash("abc123")
                .accessToken("contract-test-token")
                .apiUrl("http://127.0.0.1:" + prism.port())
                .webClientBuilder(web)
                .retry(RetryOptions.defaults().withMaxRetries(0))
                .build();
    }

    private static URI stripStorePrefix(URI url) {
        String path = url.getRawPath().replaceFirst("^/stores/[^/]+/v[23]", "");
        return UriComponentsBuilder.fromUri(url).replacePath(path).build(true).toUri();
    }

    BigCommerceClient client() {
        return client;
    }

    List<String> requestViolations() {
        return requestViolations;
    }

    @Override
    public void close() {
        prism.close();
    }
}
