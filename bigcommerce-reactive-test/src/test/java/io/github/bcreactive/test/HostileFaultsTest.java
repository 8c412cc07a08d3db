package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Each hostile fault mode, observed from outside with the JDK's HttpClient or a plain socket (never with the
 * library's client): the server really sends what the mode promises.
 */
class HostileFaultsTest {

    private static final String WINDOW = "X-Rate-Limit-Time-Window-Ms";
    private static final String RESET = "X-Rate-Limit-Time-Reset-Ms";
    private static final String QUOTA = "X-Rate-Limit-Requests-Quota";
    private static final String LEFT = "X-Rate-Limit-Requests-Left";

    private static BigCommerceSimulator simulator(Faults faults) {
        return BigCommerceSimulator.builder().products(600).customers(120).quota(150, Duration.ofSeconds(30))
                .seed(5).faults(faults).build().start();
    }

    static Stream<Arguments> hostileHeaders() {
        return Stream.of(
                Arguments.of(HostileRateLimitHeaders.ZERO_QUOTA, Map.of(QUOTA, "0", LEFT, "0", WINDOW, "30000")),
                Arguments.of(HostileRateLimitHeaders.RESET_35_DAYS, Map.of(RESET, "3024000000", LEFT, "0",
                        QUOTA, "1")),
                Arguments.of(HostileRateLimitHeaders.RESET_BEYOND_LONG_NANOS, Map.of(RESET, "9300000000000",
                        LEFT, "0")),
                Arguments.of(HostileRateLimitHeaders.NEGATIVE, Map.of(WINDOW, "-30000", RESET, "-1", QUOTA, "-150",
                        LEFT, "-3")),
                Arguments.of(HostileRateLimitHeaders.NOT_NUMERIC, Map.of(WINDOW, "thirty", RESET, "soon",
                        QUOTA, "NaN", LEFT, "1e400")),
                Arguments.of(HostileRateLimitHeaders.MORE_LEFT_THAN_QUOTA, Map.of(QUOTA, "1", LEFT, "1000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileHeaders")
    void hostileRateLimitHeadersReplaceTheRealOnesOn200sAnd429s(HostileRateLimitHeaders kind,
            Map<String, String> expected) {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().products(10).quota(1, Duration.ofSeconds(30))
                .faults(Faults.builder().hostileRateLimitHeaders(1.0, kind).build()).build().start()) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            Http.Reply ok = http.get("/v3/catalog/products/1");
            Http.Reply limited = http.get("/v3/catalog/products/2");

            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.json().path("data").path("id").asInt()).as("the body is untouched").isEqualTo(1);
            assertThat(limited.status()).as("the quota of 1 is spent").isEqualTo(429);
            expected.forEach((name, value) -> {
                assertThat(ok.header(name)).as("200 " + name).isEqualTo(value);
                assertThat(limited.header(name)).as("429 " + name).isEqualTo(value);
            });
        }
    }

    @Test
    void hostileHeadersAreDrawnPerCallFromTheKindsGiven() {
        Faults faults = Faults.builder().hostileRateLimitHeaders(0.5, HostileRateLimitHeaders.ZERO_QUOTA,
                HostileRateLimitHeaders.NOT_NUMERIC).build();
        try (BigCommerceSimulator sim = simulator(faults)) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            Set<String> quotas = new HashSet<>();
            for (int id = 1; id <= 40; id++) {
                quotas.add(http.get("/v3/catalog/products/" + id).header(QUOTA));
            }
            assertThat(quotas).containsExactlyInAnyOrder("150", "0", "NaN");
        }
        assertThat(Faults.builder().hostileRateLimitHeaders(0.1).build().hostileRateLimitHeaderKinds())
                .as("no kinds given: all").containsExactly(HostileRateLimitHeaders.values());
    }

    @Test
    void shortReset429sAskForOneMillisecondAndSpendNoQuota() {
        try (BigCommerceSimulator sim = simulator(Faults.builder()
                .rateLimitsWithShortReset(1.0, Duration.ofMillis(1)).build())) {
            String store = sim.storeHashes().get(0);
            Http http = new Http(sim, store);
            for (int i = 0; i < 3; i++) {
                Http.Reply reply = http.get("/v2/time");
                assertThat(reply.status()).isEqualTo(429);
                assertThat(reply.header(RESET)).isEqualTo("1");
                assertThat(reply.header(LEFT)).isEqualTo("0");
                assertThat(reply.header(QUOTA)).isEqualTo("150");
                assertThat(reply.header(WINDOW)).isEqualTo("30000");
                assertThat(reply.header("X-Retry-After")).isNull();
                assertThat(reply.json().isArray()).as("v2 error shape").isTrue();
            }
            assertThat(sim.stats().rateLimited(store)).isEqualTo(3);
            sim.faults(Faults.none());
            assertThat(http.get("/v2/time").header(LEFT)).as("none of the quota was spent").isEqualTo("149");
        }
    }

    @Test
    void emptyBodiesAre200sWithAnEmptyOrBlankBody() {
        try (BigCommerceSimulator sim = simulator(Faults.builder().emptyBodies(1.0).build())) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            Set<String> bodies = new HashSet<>();
            for (int page = 1; page <= 12; page++) {
                Http.Reply reply = http.get("/v3/catalog/products?limit=50&page=" + page);
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.body()).isBlank();
                assertThat(reply.header("Content-Type")).isEqualTo("application/json");
                assertThat(reply.header("Content-Length")).isEqualTo(Integer.toString(reply.body().length()));
                assertThat(reply.header(LEFT)).as("rate-limit headers stay").isNotNull();
                bodies.add(reply.body());
            }
            assertThat(bodies).as("both variants").containsExactlyInAnyOrder("", "   \r\n");
            assertThat(http.get("/v3/catalog/products/100000").status()).as("other statuses are left alone")
                    .isEqualTo(404);
        }
    }

    @Test
    void cursorPaginationOnlyOnASinglePageListingHasNoNextLink() {
        try (BigCommerceSimulator sim = simulator(Faults.builder().cursorPaginationOnly(true).build())) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            JsonNode customers = http.get("/v3/customers?limit=250").json();
            assertThat(customers.path("data").size()).isEqualTo(120);
            assertThat(customers.path("meta").has("pagination")).isFalse();
            JsonNode cursor = customers.path("meta").path("cursor_pagination");
            assertThat(cursor.path("count").asInt()).isEqualTo(120);
            assertThat(cursor.path("links").has("next")).isFalse();
            assertThat(cursor.path("end_cursor").asString()).isNotEmpty();

            JsonNode products = http.get("/v3/catalog/products?limit=10&id:in=1,2,3").json();
            assertThat(products.path("meta").has("pagination")).isFalse();
            JsonNode derived = products.path("meta").path("cursor_pagination");
            assertThat(derived.path("count").asInt()).isEqualTo(3);
            assertThat(derived.path("per_page").asInt()).isEqualTo(10);
            assertThat(derived.path("start_cursor").asString()).isEqualTo("aWQ6MQ==");
            assertThat(derived.path("end_cursor").asString()).isEqualTo("aWQ6Mw==");
            assertThat(derived.path("links").has("next")).isFalse();
        }
    }

    @Test
    void cursorPaginationOnlyOnALongListingFollowsCursors() {
        try (BigCommerceSimulator sim = simulator(Faults.builder().cursorPaginationOnly(true).build())) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            JsonNode first = http.get("/v3/customers?limit=50").json();
            assertThat(first.path("meta").has("pagination")).isFalse();
            JsonNode cursor = first.path("meta").path("cursor_pagination");
            assertThat(cursor.path("links").path("next").asString()).contains("after=");
            JsonNode second = http.get("/v3/customers?limit=50&after=" + cursor.path("end_cursor").asString()).json();
            assertThat(second.path("data").get(0).path("id").asInt()).isEqualTo(51);
            assertThat(second.path("meta").has("pagination")).isFalse();

            JsonNode products = http.get("/v3/catalog/products?limit=250").json();
            assertThat(products.path("meta").path("pagination").path("links").has("next"))
                    .as("an endpoint that does not page by cursor keeps page numbers while more follows").isTrue();
        }
    }

    @Test
    void informationalOnlyIsAOneXxStatusLineAndThenTheConnectionCloses() {
        try (BigCommerceSimulator sim = simulator(Faults.builder().informationalOnly(1.0).build())) {
            String store = sim.storeHashes().get(0);
            Set<String> seen = new HashSet<>();
            for (int page = 1; page <= 12; page++) {
                try (RawHttp raw = RawHttp.get(sim, store, "/v3/catalog/products?limit=5&page=" + page)) {
                    String all = raw.readToEnd();
                    assertThat(all).as("everything the server sent before closing")
                            .isIn("HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 102 Processing\r\n\r\n",
                                    "HTTP/1.1 103 Early Hints\r\n\r\n");
                    seen.add(all.substring(9, 12));
                }
            }
            assertThat(seen).containsExactlyInAnyOrder("100", "102", "103");
        }
    }

    @Test
    void brokenChunkedBodiesHaveAChunkSizeThatIsNotHexadecimal() {
        try (BigCommerceSimulator sim = simulator(Faults.builder().brokenChunkedBodies(1.0).build())) {
            String store = sim.storeHashes().get(0);
            try (RawHttp raw = RawHttp.get(sim, store, "/v3/catalog/products?limit=5")) {
                String all = raw.readToEnd();
                String head = all.substring(0, all.indexOf("\r\n\r\n") + 4);
                assertThat(head).startsWith("HTTP/1.1 200 OK\r\n").contains("Transfer-Encoding: chunked\r\n",
                        "Content-Type: application/json\r\n", "X-Rate-Limit-Requests-Left: ")
                        .doesNotContain("Content-Length");
                String body = all.substring(head.length());
                int firstLine = body.indexOf("\r\n");
                int size = Integer.parseInt(body.substring(0, firstLine), 16);
                String chunk = body.substring(firstLine + 2, firstLine + 2 + size);
                assertThat(chunk).startsWith("{\"data\":[");
                assertThat(body.substring(firstLine + 2 + size)).as("then a chunk size that is not hex, then EOF")
                        .isEqualTo("\r\nzz\r\nnot a chunk\r\n");
            }
        }
    }

    @Test
    void endlessBodiesKeepStreamingUntilTheClientLeaves() {
        try (BigCommerceSimulator sim = simulator(Faults.builder().endlessBodies(1.0).build())) {
            String store = sim.storeHashes().get(0);
            try (RawHttp raw = RawHttp.get(sim, store, "/v3/catalog/products?limit=5")) {
                String head = raw.readHead();
                assertThat(head.toLowerCase(Locale.ROOT)).startsWith("http/1.1 200 ok\r\n")
                        .contains("transfer-encoding: chunked").doesNotContain("content-length");
                long body = 64 * 1024;
                assertThat(raw.readAtLeast(body)).as("64 KB and still going").isGreaterThanOrEqualTo(body);
            }
            try (RawHttp raw = RawHttp.get(sim, store, "/v2/time")) {
                assertThat(raw.readHead()).as("a second call is served too").startsWith("HTTP/1.1 200 OK");
            }
        }
    }

    @Test
    void replacingFractionsStillAddUpToOneAtMost() {
        assertThatThrownBy(() -> Faults.builder().endlessBodies(0.5).informationalOnly(0.3).emptyBodies(0.3).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0");
        assertThat(Faults.builder().hostileRateLimitHeaders(1.0).serverErrors(1.0).build().serverErrors())
                .as("hostile headers are drawn apart").isEqualTo(1.0);
        assertThatThrownBy(() -> Faults.builder().rateLimitsWithShortReset(0.1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shortReset");
        assertThat(List.of(Faults.builder().brokenChunkedBodies(0.2).build().toString()))
                .anyMatch(text -> text.contains("brokenChunkedBodies=0.2"));
    }
}
