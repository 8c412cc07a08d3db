package io.github.bcreactive.paging;

import static io.github.bcreactive.support.MockApi.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import io.github.bcreactive.support.RecordingRateLimiter;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Listings across pages, in v2's page/limit style, v3's page-number style and v3's cursor style. */
class PagerTest {

    private static final String PRODUCTS = "/stores/" + STORE + "/v3/catalog/products";

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

    // ---- v2 ----

    @Test
    void v2WithNoItemsMakesOneRequest() {
        answerByPage(page -> page == 1 ? MockApi.json(200, "[]") : unexpected(page));

        StepVerifier.create(api.client().v2().getMany("/orders")).verifyComplete();

        assertThat(received).hasSize(1);
        assertThat(received.get(0).getTarget()).isEqualTo("/stores/" + STORE + "/v2/orders?limit=250&page=1");
    }

    @Test
    void v2WithNoContentOnPageOneEndsAtOnce() {
        answerByPage(page -> page == 1 ? new MockResponse.Builder().code(204).build() : unexpected(page));

        StepVerifier.create(api.client().v2().getMany("/orders")).verifyComplete();

        assertThat(received).hasSize(1);
    }

    @Test
    void v2WithExactlyOneFullPageAsksOnceMoreAndStopsOnTheNoContent() {
        answerByPage(page -> switch (page) {
            case 1 -> MockApi.json(200, v2Items(1, 250));
            case 2 -> new MockResponse.Builder().code(204).build();
            default -> unexpected(page);
        });

        StepVerifier.create(api.client().v2().getMany("/orders", Query.of("status_id", 11)).map(PagerTest::id))
                .expectNextSequence(IntStream.rangeClosed(1, 250).boxed().toList())
                .verifyComplete();

        assertThat(received).extracting(RecordedRequest::getTarget).containsExactly(
                "/stores/" + STORE + "/v2/orders?status_id=11&limit=250&page=1",
                "/stores/" + STORE + "/v2/orders?status_id=11&limit=250&page=2");
    }

    @Test
    void v2With251ItemsEndsOnTheShortSecondPage() {
        answerByPage(page -> switch (page) {
            case 1 -> MockApi.json(200, v2Items(1, 250));
            case 2 -> MockApi.json(200, v2Items(251, 1));
            default -> unexpected(page);
        });

        StepVerifier.create(api.client().v2().getMany("/orders").map(PagerTest::id))
                .expectNextSequence(IntStream.rangeClosed(1, 251).boxed().toList())
                .verifyComplete();

        assertThat(pagesAsked()).containsExactly(1, 2);
    }

    @Test
    void v2EndsOnAnEmptyArray() {
        answerByPage(page -> switch (page) {
            case 1, 2 -> MockApi.json(200, v2Items((page - 1) * 250 + 1, 250));
            case 3 -> MockApi.json(200, "[]");
            default -> unexpected(page);
        });

        StepVerifier.create(api.client().v2().getMany("/orders")).expectNextCount(500).verifyComplete();

        assertThat(pagesAsked()).containsExactly(1, 2, 3);
    }

    @Test
    void v2ShortPageEndsWithNoExtraRequest() {
        answerByPage(page -> page == 1 ? MockApi.json(200, v2Items(1, 17)) : unexpected(page));

        StepVerifier.create(api.client().v2().getMany("/customers")).expectNextCount(17).verifyComplete();

        assertThat(received).hasSize(1);
    }

    // ---- v3 page-number ----

    @Test
    void v3WithOnePageMakesOneRequest() {
        answerByPage(page -> page == 1 ? MockApi.json(200, v3Page(1, 1, 3)) : unexpected(page));

        StepVerifier.create(api.client().v3().getMany("/catalog/products").map(PagerTest::id))
                .expectNext(1, 2, 3)
                .verifyComplete();

        assertThat(received).extracting(RecordedRequest::getTarget).containsExactly(PRODUCTS + "?limit=250");
    }

    @Test
    void v3WithAnEmptyListingMakesOneRequest() {
        answerByPage(page -> page == 1 ? MockApi.json(200, "{\"data\":[],\"meta\":{\"pagination\":{\"total\":0,"
                + "\"count\":0,\"per_page\":250,\"current_page\":1,\"total_pages\":0}}}") : unexpected(page));

        StepVerifier.create(api.client().v3().getMany("/catalog/products")).verifyComplete();

        assertThat(received).hasSize(1);
    }

    @Test
    void v3FivePagesArePrefetchedAndKeepTheirOrderWhenALaterPageAnswersFirst() throws InterruptedException {
        List<Integer> answeredToClient = new CopyOnWriteArrayList<>();
        CountDownLatch pageThreeReceived = new CountDownLatch(1);
        WebClient.Builder observing = WebClient.builder().filter((request, next) -> next.exchange(request)
                .doOnNext(response -> {
                    int page = pageOf(request.url().getRawQuery());
                    answeredToClient.add(page);
                    if (page == 3) {
                        pageThreeReceived.countDown();
                    }
                }));
        answerByPage(page -> {
            if (page == 2 && !await(pageThreeReceived)) {
                return new MockResponse.Builder().code(500).body("page 3 never reached the client").build();
            }
            return page <= 5 ? MockApi.json(200, v3Page(page, 5, 2)) : unexpected(page);
        });
        BigCommerceClient client = api.clientBuilder().webClientBuilder(observing).pageConcurrency(4).build();

        StepVerifier.create(client.v3().getMany("/catalog/products").map(PagerTest::id))
                .expectNext(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
                .verifyComplete();

        assertThat(answeredToClient.indexOf(3)).as("page 3 answered before page 2")
                .isLessThan(answeredToClient.indexOf(2));
        assertThat(pagesAsked()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(received.get(0).getTarget()).isEqualTo(PRODUCTS + "?limit=250");
        assertThat(received).extracting(RecordedRequest::getTarget)
                .contains(PRODUCTS + "?limit=250&page=2", PRODUCTS + "?limit=250&page=5");
    }

    @Test
    void v3TakeOneAsksForTheFirstPageOnly() {
        answerByPage(page -> page <= 5 ? MockApi.json(200, v3Page(page, 5, 2)) : unexpected(page));
        RecordingRateLimiter limiter = new RecordingRateLimiter();
        BigCommerceClient client = api.clientBuilder().rateLimiter(limiter).pageConcurrency(4).build();

        StepVerifier.create(client.v3().getMany("/catalog/products").take(1).map(PagerTest::id))
                .expectNext(1)
                .verifyComplete();

        assertThat(limiter.acquired()).isEqualTo(1);
        assertThat(pagesAsked()).containsExactly(1);
    }

    @Test
    void v3CancellingInsideTheSecondPageSendsNothingBeyondThePrefetchWindow() throws InterruptedException {
        int window = 2;
        CountDownLatch windowArrived = new CountDownLatch(window);
        Map<Integer, CountDownLatch> release = new ConcurrentHashMap<>();
        IntStream.rangeClosed(2, 10).forEach(page -> release.put(page, new CountDownLatch(1)));
        answerByPage(page -> {
            if (page > 1) {
                windowArrived.countDown();
                if (!await(release.get(page))) {
                    return new MockResponse.Builder().code(500).build();
                }
            }
            return MockApi.json(200, v3Page(page, 10, 2));
        });
        RecordingRateLimiter limiter = new RecordingRateLimiter();
        BigCommerceClient client = api.clientBuilder().rateLimiter(limiter).pageConcurrency(window).build();

        try {
            StepVerifier.create(client.v3().getMany("/catalog/products").take(3).map(PagerTest::id))
                    .expectNext(1, 2)
                    .then(() -> {
                        assertThat(await(windowArrived)).as("pages 2 and 3 requested together").isTrue();
                        assertThat(limiter.acquired()).isEqualTo(1 + window);
                        release.get(2).countDown();
                    })
                    .expectNext(3)
                    .verifyComplete();

            assertThat(limiter.acquired()).as("requests started, after cancelling").isEqualTo(1 + window);
        } finally {
            release.values().forEach(CountDownLatch::countDown);
        }
        assertThat(pagesAsked()).allMatch(page -> page <= 1 + window);
    }

    @Test
    void v3AnExplicitPageOrLimitReturnsJustThatPage() {
        answer(request -> {
            String page = request.getUrl().queryParameter("page");
            return request.getUrl().encodedPath().contains("/v2/") ? MockApi.json(200, v2Items(1, 2))
                    : MockApi.json(200, v3Page(page == null ? 1 : Integer.parseInt(page), 5, 2));
        });
        BigCommerceClient client = api.client();

        StepVerifier.create(client.v3().getMany("/catalog/products", Query.of("page", 3)).map(PagerTest::id))
                .expectNext(5, 6)
                .verifyComplete();
        StepVerifier.create(client.v3().getMany("/catalog/products", Query.builder().limit(2).build())
                        .map(PagerTest::id))
                .expectNext(1, 2)
                .verifyComplete();
        StepVerifier.create(client.v2().getMany("/orders", Query.of("limit", 10))).expectNextCount(2)
                .verifyComplete();

        assertThat(received).extracting(RecordedRequest::getTarget).containsExactly(
                PRODUCTS + "?page=3", PRODUCTS + "?limit=2", "/stores/" + STORE + "/v2/orders?limit=10");
    }

    // ---- v3 cursor ----

    @Test
    void v3CursorFollowsEndCursorUntilThereIsNoNextLink() {
        answer(request -> {
            String after = request.getUrl().queryParameter("after");
            if (after == null) {
                return MockApi.json(200, cursorPage(List.of(1, 2), "c1", true));
            }
            return switch (after) {
                case "c1" -> MockApi.json(200, cursorPage(List.of(3, 4), "c2", true));
                case "c2" -> MockApi.json(200, cursorPage(List.of(5), "c3", false));
                default -> unexpected(-1);
            };
        });

        StepVerifier.create(cursorListing("/catalog/products/channel-assignments").map(PagerTest::id))
                .expectNext(1, 2, 3, 4, 5)
                .verifyComplete();

        String base = "/stores/" + STORE + "/v3/catalog/products/channel-assignments?limit=250";
        assertThat(received).extracting(RecordedRequest::getTarget)
                .containsExactly(base, base + "&after=c1", base + "&after=c2");
    }

    @Test
    void v3CursorThatDoesNotAdvanceFailsInsteadOfLooping() {
        answer(request -> MockApi.json(200, cursorPage(List.of(1), "stuck", true)));

        StepVerifier.create(cursorListing("/customers").map(PagerTest::id))
                .expectNext(1)
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PagingException.class)
                        .hasMessageContaining("cursor did not advance"))
                .verify();
        assertThat(received).hasSize(2);
    }

    // ---- byPage and resubscription ----

    @Test
    void byPageGivesThePagesWithTheirPagination() {
        answerByPage(page -> page <= 3 ? MockApi.json(200, v3Page(page, 3, 2)) : unexpected(page));

        StepVerifier.create(api.client().v3().getMany("/catalog/products").byPage())
                .assertNext(page -> assertPage(page, 1, 3))
                .assertNext(page -> assertPage(page, 2, 3))
                .assertNext(page -> {
                    assertPage(page, 3, 3);
                    assertThat(page.pagination().hasNext()).isFalse();
                })
                .verifyComplete();
    }

    @Test
    void eachSubscriptionStartsAfreshFromTheFirstPage() {
        answerByPage(page -> page <= 2 ? MockApi.json(200, v3Page(page, 2, 2)) : unexpected(page));
        PagedFlux<JsonNode> products = api.client().v3().getMany("/catalog/products");

        assertThat(received).isEmpty();
        StepVerifier.create(products.map(PagerTest::id)).expectNext(1, 2, 3, 4).verifyComplete();
        StepVerifier.create(products.byPage()).expectNextCount(2).verifyComplete();
        StepVerifier.create(products.map(PagerTest::id)).expectNext(1, 2, 3, 4).verifyComplete();

        assertThat(pagesAsked()).containsExactly(1, 2, 1, 2, 1, 2);
    }

    @Test
    void itemsDecodeToARequestedType() {
        answerByPage(page -> page == 1 ? MockApi.json(200, "{\"data\":[{\"id\":4,\"name\":\"Acme\",\"extra\":1}],"
                + "\"meta\":{\"pagination\":{\"total\":1,\"current_page\":1,\"total_pages\":1}}}") : unexpected(page));

        StepVerifier.create(api.client().v3().getMany("/catalog/brands", Query.empty(), Brand.class))
                .expectNext(new Brand(4, "Acme"))
                .verifyComplete();
    }

    // ---- helpers ----

    private PagedFlux<JsonNode> cursorListing(String path) {
        BigCommerceClient client = api.client();
        return client.v3().list(path, Query.empty(), client.v3().mapper().constructType(JsonNode.class),
                PagingStyle.CURSOR);
    }

    private void answerByPage(IntFunction<MockResponse> byPage) {
        answer(request -> {
            String page = request.getUrl().queryParameter("page");
            return byPage.apply(page == null ? 1 : Integer.parseInt(page));
        });
    }

    private void answer(java.util.function.Function<RecordedRequest, MockResponse> responder) {
        api.dispatch(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request);
                return responder.apply(request);
            }
        });
    }

    private List<Integer> pagesAsked() {
        List<Integer> pages = new ArrayList<>();
        received.forEach(request -> pages.add(pageOf(request.getUrl().encodedQuery())));
        return pages;
    }

    private static int pageOf(String query) {
        if (query == null) {
            return 1;
        }
        for (String param : query.split("&")) {
            if (param.startsWith("page=")) {
                return Integer.parseInt(param.substring(5));
            }
        }
        return 1;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static MockResponse unexpected(int page) {
        return new MockResponse.Builder().code(418).body("unexpected page " + page).build();
    }

    private static int id(JsonNode item) {
        return item.get("id").asInt();
    }

    private static String items(int firstId, int count) {
        return IntStream.range(firstId, firstId + count).mapToObj(id -> "{\"id\":" + id + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String v2Items(int firstId, int count) {
        return items(firstId, count);
    }

    private static String v3Page(int page, int totalPages, int perPage) {
        return "{\"data\":" + items((page - 1) * perPage + 1, perPage) + ",\"meta\":{\"pagination\":{"
                + "\"total\":" + totalPages * perPage + ",\"count\":" + perPage + ",\"per_page\":" + perPage
                + ",\"current_page\":" + page + ",\"total_pages\":" + totalPages + ",\"links\":{}}}}";
    }

    private static String cursorPage(List<Integer> ids, String endCursor, boolean hasNext) {
        String data = ids.stream().map(id -> "{\"id\":" + id + "}").collect(Collectors.joining(",", "[", "]"));
        String next = hasNext ? "\"next\":\"?after=" + endCursor + "&limit=250\"," : "";
        return "{\"data\":" + data + ",\"meta\":{\"cursor_pagination\":{\"count\":" + ids.size()
                + ",\"per_page\":250,\"start_cursor\":\"s\",\"end_cursor\":\"" + endCursor + "\",\"links\":{"
                + next + "\"previous\":\"?before=s&limit=250\"}}}}";
    }

    private static void assertPage(Page<JsonNode> page, int number, int totalPages) {
        assertThat(page.items()).hasSize(2);
        assertThat(page.pagination().pageNumber()).isEqualTo(number);
        assertThat(page.pagination().totalPages()).hasValue(totalPages);
        assertThat(page.pagination().total()).hasValue(totalPages * 2L);
        assertThat(page.pagination().hasNext()).isEqualTo(number < totalPages);
    }

    record Brand(int id, String name) {
    }
}
