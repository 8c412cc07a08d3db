package io.github.bcreactive.benchmarks;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: a hand-written page loop over a plain {@link WebClient} and Jackson, with no retries, rate limiting,
 * error mapping or logging. Each item comes out as a {@link JsonNode}, as the client's {@code getMany} gives it.
 */
final class RawPageLoop {

    private static final int LIMIT = 250;

    private final WebClient webClient;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final String listUrl;
    private final String token;

    RawPageLoop(String v3BaseUrl, String token) {
        this.webClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create()))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
                .build();
        this.listUrl = v3BaseUrl + "/catalog/products?limit=" + LIMIT + "&page=";
        this.token = token;
    }

    /**
     * What the Python client does: one page after another until the last page.
     *
     * @param extraQuery more query parameters, e.g. {@code &include_fields=id}, or empty
     * @return every product
     */
    Flux<JsonNode> sequential(String extraQuery) {
        return page(1, extraQuery)
                .expand(page -> isLast(page) ? Mono.empty() : page(pageNumber(page) + 1, extraQuery))
                .concatMapIterable(RawPageLoop::items);
    }

    /**
     * The first page, then the rest {@code concurrency} at a time, in order (the client's strategy, hand-written).
     *
     * @param concurrency pages in flight at once
     * @return every product
     */
    Flux<JsonNode> concurrent(int concurrency) {
        return page(1, "").flatMapMany(first -> {
            int total = first.path("meta").path("pagination").path("total_pages").asInt(1);
            Flux<JsonNode> rest = Flux.range(2, Math.max(0, total - 1))
                    .flatMapSequential(number -> page(number, ""), concurrency, 1);
            return Flux.concat(Mono.just(first), rest);
        }).concatMapIterable(RawPageLoop::items);
    }

    private Mono<JsonNode> page(int number, String extraQuery) {
        return webClient.get()
                .uri(listUrl + number + extraQuery)
                .header("X-Auth-Token", token)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(byte[].class)
                .map(mapper::readTree);
    }

    private static boolean isLast(JsonNode page) {
        JsonNode pagination = page.path("meta").path("pagination");
        return pagination.path("current_page").asInt() >= pagination.path("total_pages").asInt();
    }

    private static int pageNumber(JsonNode page) {
        return page.path("meta").path("pagination").path("current_page").asInt();
    }

    private static List<JsonNode> items(JsonNode page) {
        return page.path("data").valueStream().toList();
    }
}
