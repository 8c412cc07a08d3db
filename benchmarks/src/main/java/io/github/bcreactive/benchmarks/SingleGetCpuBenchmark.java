package io.github.bcreactive.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-request client CPU: one GET of a product (1.6 KB of JSON, decoded to a {@code JsonNode}) through the client's
 * {@code v3().get(...)} and through a plain WebClient + Jackson call, side by side.
 * <ul>
 *   <li>{@code in-memory}: a WebClient filter answers with the product's bytes and the rate-limit headers without
 *       touching the network, so the time is the client-side pipeline alone (both sides use the same filter);</li>
 *   <li>{@code loopback}: a real round trip to the simulator in the same JVM (its CPU is in the figure, equally for
 *       both).</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am verify -DskipTests -Pbench-jmh
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleGetCpuBenchmark {

    private static final String PATH = "/catalog/products/77";

    /** Where the answer comes from: {@code in-memory} or {@code loopback}. */
    @Param({"in-memory", "loopback"})
    public String transport;

    private BigCommerceSimulator simulator;
    private BigCommerceClient client;
    private WebClient raw;
    private String url;
    private String token;
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** Starts the simulator and builds both clients. */
    @Setup(Level.Trial)
    public void start() {
        simulator = BigCommerceSimulator.builder().quota(Integer.MAX_VALUE, Duration.ofSeconds(30)).build().start();
        String store = simulator.storeHashes().get(0);
        token = simulator.accessToken(store);
        url = simulator.baseUrl() + "/stores/" + store + "/v3" + PATH;
        WebClient.Builder builder = WebClient.builder();
        if (transport.equals("in-memory")) {
            byte[] body = WebClient.create().get().uri(url).header("X-Auth-Token", token).retrieve()
                    .bodyToMono(byte[].class).block();
            builder = builder.filter(cannedAnswer(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
        }
        client = simulator.clientBuilder(store)
                .webClientBuilder(builder)
                .build();
        raw = builder.clone().clientConnector(new ReactorClientHttpConnector(HttpClient.create())).build();
    }

    /** Stops the simulator. */
    @TearDown(Level.Trial)
    public void stop() {
        simulator.close();
    }

    /**
     * The client's GET.
     *
     * @return the product
     */
    @Benchmark
    public JsonNode client() {
        return client.v3().get(PATH).block();
    }

    /**
     * The baseline: WebClient, the token header, the bytes, Jackson.
     *
     * @return the product
     */
    @Benchmark
    public JsonNode rawWebClient() {
        return raw.get()
                .uri(url)
                .header("X-Auth-Token", token)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(byte[].class)
                .map(mapper::readTree)
                .block();
    }

    private static ExchangeFilterFunction cannedAnswer(String body) {
        return (request, next) -> Mono.just(ClientResponse.create(HttpStatus.OK)
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .header("X-Rate-Limit-Time-Window-Ms", "30000")
                .header("X-Rate-Limit-Time-Reset-Ms", "15000")
                .header("X-Rate-Limit-Requests-Quota", "150")
                .header("X-Rate-Limit-Requests-Left", "149")
                .body(body)
                .build());
    }
}
