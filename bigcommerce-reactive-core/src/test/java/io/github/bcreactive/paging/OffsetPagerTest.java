package io.github.bcreactive.paging;

import static io.github.bcreactive.support.MockApi.STORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** B2B Edition listings paged by offset and limit, with {@code meta.pagination.totalCount}. */
class OffsetPagerTest {

    private static final String COMPANIES = "/api/v3/io/companies";

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

    @Test
    void walksEveryOffsetUntilTheTotalAndKeepsTheOrder() {
        answer(request -> page(offset(request), limit(request), 450));

        StepVerifier.create(client().b2b().api().getMany("/companies", Query.of("companyStatus", 1))
                        .map(OffsetPagerTest::id))
                .expectNextSequence(IntStream.range(0, 450).boxed().toList())
                .verifyComplete();

        // the first page alone, then the later offsets at once: they may arrive in any order
        assertThat(received.get(0).getTarget()).isEqualTo(COMPANIES + "?companyStatus=1&limit=200");
        assertThat(received).extracting(RecordedRequest::getTarget).containsExactlyInAnyOrder(
                COMPANIES + "?companyStatus=1&limit=200",
                COMPANIES + "?companyStatus=1&limit=200&offset=200",
                COMPANIES + "?companyStatus=1&limit=200&offset=400");
        assertThat(received.get(0).getHeaders().get("X-Auth-Token")).isEqualTo(MockApi.TOKEN);
        assertThat(received.get(0).getHeaders().get("X-Store-Hash")).isEqualTo(STORE);
    }

    @Test
    void aStoreThatServesSmallerPagesIsFollowedAtItsOwnSize() {
        answer(request -> page(offset(request), Math.min(100, limit(request)), 250));

        StepVerifier.create(client().b2b().api().getMany("/companies")).expectNextCount(250).verifyComplete();

        assertThat(received).extracting(request -> offset(request) + "/" + limit(request))
                .startsWith("0/200").containsExactlyInAnyOrder("0/200", "100/100", "200/100");
    }

    @Test
    void anEmptyListingMakesOneRequest() {
        answer(request -> page(0, 200, 0));

        StepVerifier.create(client().b2b().api().getMany("/companies")).verifyComplete();

        assertThat(received).hasSize(1);
    }

    @Test
    void aPageAtAnotherOffsetThanAskedEndsTheListingAfterThePagesBeforeIt() {
        answer(request -> offset(request) == 200 ? page(0, 200, 450) : page(offset(request), 200, 450));

        StepVerifier.create(client().b2b().api().getMany("/companies"))
                .expectNextCount(200)
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PagingException.class)
                        .hasMessageContaining("Asked for offset 200, the response is at offset 0"))
                .verify();
    }

    @Test
    void aTotalThatChangesBetweenPagesEndsTheListing() {
        answer(request -> page(offset(request), 200, offset(request) == 0 ? 450 : 460));

        StepVerifier.create(client().b2b().api().getMany("/companies"))
                .expectNextCount(200)
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PagingException.class)
                        .hasMessageContaining("totalCount changed from 450 to 460 at offset 200"))
                .verify();
    }

    @Test
    void aPageWithMoreItemsThanItsLimitEndsTheListing() {
        answer(request -> MockApi.json(200, body(items(0, 5), 0, 3, 5)));

        StepVerifier.create(client().b2b().api().getMany("/companies", Query.of("limit", 3)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PagingException.class)
                        .hasMessageContaining("holds 5 items, more than its limit of 3"))
                .verify();
    }

    @Test
    void aContinuationTokenResumesAtTheNextOffsetAndRefusesAnotherListing() {
        answer(request -> page(offset(request), limit(request), 450));
        BigCommerceClient client = client();
        Page<JsonNode> first = client.b2b().api().getMany("/companies").byPage().blockFirst();
        assertThat(first.pagination().offset()).hasValue(0);
        assertThat(first.pagination().total()).hasValue(450);
        assertThat(first.pagination().totalPages()).hasValue(3);
        received.clear();

        StepVerifier.create(client.b2b().api().getMany("/companies").byPage(first.continuationToken())
                        .map(page -> page.pagination().offset().getAsLong()))
                .expectNext(200L, 400L)
                .verifyComplete();
        assertThatThrownBy(() -> client.b2b().api().getMany("/users").byPage(first.continuationToken()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another listing");
        assertThatThrownBy(() -> client.v3().getMany("/catalog/products").byPage(first.continuationToken()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paged OFFSET");
    }

    @Test
    void anExplicitOffsetOrLimitAsksForJustThatPage() {
        answer(request -> page(offset(request), limit(request), 450));

        StepVerifier.create(client().b2b().api().getMany("/companies", Query.of("offset", 20).with("limit", 5))
                        .map(OffsetPagerTest::id))
                .expectNext(20, 21, 22, 23, 24)
                .verifyComplete();

        assertThat(received).extracting(RecordedRequest::getTarget)
                .containsExactly(COMPANIES + "?offset=20&limit=5");
    }

    @Test
    void aListingWithoutPaginationIsOnePage() {
        answer(request -> MockApi.json(200, "{\"code\":200,\"data\":" + items(0, 3) + ",\"meta\":{\"message\":"
                + "\"SUCCESS\"}}"));

        StepVerifier.create(client().b2b().api().getMany("/companies")).expectNextCount(3).verifyComplete();

        assertThat(received).hasSize(1);
    }

    @Test
    void aCountReadsTheTotalOfAOneItemPage() {
        answer(request -> page(offset(request), limit(request), 77));

        StepVerifier.create(client().b2b().api().count("/companies", Query.empty())).expectNext(77L)
                .verifyComplete();

        assertThat(received).extracting(RecordedRequest::getTarget)
                .containsExactly(COMPANIES + "?limit=1");
    }

    private BigCommerceClient client() {
        return api.clientBuilder().b2bUrl(api.url()).build();
    }

    private void answer(Function<RecordedRequest, MockResponse> responder) {
        api.dispatch(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request);
                return responder.apply(request);
            }
        });
    }

    private static int offset(RecordedRequest request) {
        String offset = request.getUrl().queryParameter("offset");
        return offset == null ? 0 : Integer.parseInt(offset);
    }

    private static int limit(RecordedRequest request) {
        String limit = request.getUrl().queryParameter("limit");
        return limit == null ? 10 : Integer.parseInt(limit);
    }

    private static MockResponse page(int offset, int limit, int total) {
        int count = Math.max(0, Math.min(limit, total - offset));
        return MockApi.json(200, body(items(offset, count), offset, limit, total));
    }

    private static String body(String data, int offset, int limit, int total) {
        return "{\"code\":200,\"data\":" + data + ",\"meta\":{\"message\":\"SUCCESS\",\"pagination\":{\"limit\":"
                + limit + ",\"offset\":" + offset + ",\"totalCount\":" + total + "}}}";
    }

    private static String items(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(id -> "{\"companyId\":" + id + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static int id(JsonNode item) {
        return item.get("companyId").asInt();
    }
}
