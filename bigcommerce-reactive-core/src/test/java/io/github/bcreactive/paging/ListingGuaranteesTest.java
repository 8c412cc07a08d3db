package io.github.bcreactive.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.BigCommerceException;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * No listing loses or repeats items silently (issue 13, items 1 to 4): a one-page cursor listing is one request; a
 * 200 with an empty body is a {@link DecodeException} wherever it comes; a count works wherever a total is reported
 * and fails typed otherwise; metadata that contradicts itself ends the listing with a {@link PagingException} before
 * any item is repeated; and each listing's end is logged at DEBUG with its reason.
 */
class ListingGuaranteesTest {

    private static final int SIZE = 1000;

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private final ListingServer server = new ListingServer(SIZE);
    private final Logger logger = (Logger) LoggerFactory.getLogger(PagedFlux.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level level;

    @BeforeEach
    void captureLogs() {
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
        api.dispatch(server);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(appender);
        logger.setLevel(level);
    }

    // ---- 1. a cursor listing that fits on one page ----

    @Test
    void aCursorListingThatFitsOnOnePageIsOneRequestAndEachItemOnce() {
        String onePage = "{\"data\":" + ids(1, 120) + ",\"meta\":{\"cursor_pagination\":{\"count\":120,"
                + "\"per_page\":250,\"start_cursor\":\"c0\",\"end_cursor\":\"c120\",\"links\":{"
                + "\"current\":\"?limit=250\"}}}}";
        server.fault("/v3/customers?limit=250", ListingServer.json(onePage))
                .fault("/v3/channels/1/listings?limit=250", ListingServer.json(onePage));
        BigCommerceClient client = api.client();

        StepVerifier.create(client.customers().iterAll().map(customer -> customer.id().intValue()))
                .expectNextSequence(IntStream.rangeClosed(1, 120).boxed().toList())
                .verifyComplete();
        StepVerifier.create(client.v3().<JsonNode>list("/channels/1/listings", Query.empty(),
                        client.v3().mapper().constructType(JsonNode.class), PagingStyle.CURSOR)
                        .map(ListingGuaranteesTest::id))
                .expectNextSequence(IntStream.rangeClosed(1, 120).boxed().toList())
                .verifyComplete();

        assertThat(server.asked()).containsExactly("/v3/customers?limit=250", "/v3/channels/1/listings?limit=250");
        assertThat(endings()).contains("Listing /channels/1/listings (CURSOR) ended: no next link");
    }

    // ---- 2. a 200 with an empty body in the middle of a listing ----

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n"})
    void aBlankOkBodyMidListingIsADecodeExceptionInEveryStyle(String blank) {
        server.fault("/v2/items?limit=250&page=2", blankOk(blank))
                .fault("/v3/numbered?limit=250&page=2", blankOk(blank))
                .fault("/v3/cursored?limit=250&after=c250", blankOk(blank));

        for (ResumeTest.Style style : ResumeTest.Style.values()) {
            StepVerifier.create(style.listing(api.client(), Query.empty()).map(ListingGuaranteesTest::id)
                            .collectList())
                    .expectErrorSatisfies(error -> assertThat(error).as(style.name())
                            .isInstanceOf(DecodeException.class).hasMessageContaining("empty body"))
                    .verify();
        }
    }

    @Test
    void aNoContentOrAnEmptyArrayOrAShortPageEndsAV2Listing() {
        StepVerifier.create(ResumeTest.Style.V2.listing(api.client(), Query.empty())).expectNextCount(SIZE)
                .verifyComplete();
        server.fault("/v2/items?limit=250&page=3", ListingServer.json("[]"));
        StepVerifier.create(ResumeTest.Style.V2.listing(api.client(), Query.empty())).expectNextCount(500)
                .verifyComplete();
        server.fault("/v2/items?limit=250&page=2", ListingServer.json(ids(251, 10)));
        StepVerifier.create(ResumeTest.Style.V2.listing(api.client(), Query.empty())).expectNextCount(260)
                .verifyComplete();

        assertThat(endings()).contains(
                "Listing /items (V2_PAGES) ended: no content (204) at page 5",
                "Listing /items (V2_PAGES) ended: an empty page at page 3",
                "Listing /items (V2_PAGES) ended: a short page (10 of 250) at page 2");
    }

    // ---- 3. count ----

    @Test
    void countReadsTheTotalOfAPageNumberListingInOneRequest() {
        StepVerifier.create(api.client().v3().count("/numbered", Query.of("is_visible", true)))
                .expectNext((long) SIZE)
                .verifyComplete();
        assertThat(server.asked()).containsExactly("/v3/numbered?is_visible=true&limit=1");
    }

    @Test
    void countOfACursorOnlyListingFailsTypedNamingTheWayOut() {
        StepVerifier.create(api.client().v3().count("/cursored", Query.empty()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PagingException.class)
                        .isInstanceOf(BigCommerceException.class).hasMessageContaining("reports no total")
                        .hasMessageContaining("/cursored"))
                .verify();
    }

    @Test
    void countOfACursorListingThatAlsoReportsATotalWorks() {
        server.fault("/v3/customers?limit=1", ListingServer.json("{\"data\":[{\"id\":1}],\"meta\":{\"pagination\":"
                + "{\"total\":77,\"count\":1,\"per_page\":1,\"current_page\":1,\"total_pages\":77},"
                + "\"cursor_pagination\":{\"count\":1,\"per_page\":1,\"end_cursor\":\"x\",\"links\":{\"next\":\"?after=x\"}}}}"));

        StepVerifier.create(api.client().customers().count()).expectNext(77L).verifyComplete();
    }

    @Test
    void aV2CountWithoutANumberIsADecodeException() {
        server.fault("/v2/orders/count", ListingServer.json("{\"count\":\"many\"}"));

        StepVerifier.create(api.client().v2().count("/orders", Query.empty()))
                .expectError(DecodeException.class)
                .verify();
    }

    // ---- 4. metadata that contradicts itself ----

    @Test
    void aRepeatingCursorEndsTheListingBeforeItsItemsComeTwice() {
        // page 3 points back at page 2's position: following it would repeat items 251..750
        server.fault("/v3/cursored?limit=250&after=c500", ListingServer.json("{\"data\":" + ids(501, 250)
                + ",\"meta\":{\"cursor_pagination\":{\"count\":250,\"per_page\":250,\"end_cursor\":\"c250\","
                + "\"links\":{\"next\":\"?after=c250\"}}}}"));

        assertEndsTypedAfter(ResumeTest.Style.CURSORED, 500, "cursor did not advance");
    }

    @Test
    void aNextLinkWithoutACursorEndsTheListingTyped() {
        server.fault("/v3/cursored?limit=250&after=c250", ListingServer.json("{\"data\":" + ids(251, 250)
                + ",\"meta\":{\"cursor_pagination\":{\"count\":250,\"per_page\":250,\"end_cursor\":\"\","
                + "\"links\":{\"next\":\"?after=\"}}}}"));

        assertEndsTypedAfter(ResumeTest.Style.CURSORED, 250, "no end_cursor");
    }

    @Test
    void totalPagesThatChangeBetweenPagesEndTheListingTyped() {
        server.fault("/v3/numbered?limit=250&page=3", ListingServer.json(numbered(3, 5, 250)));

        assertEndsTypedAfter(ResumeTest.Style.NUMBERED, 500, "total_pages changed from 4 to 5");
    }

    @Test
    void aPageNumberGoingBackwardsEndsTheListingTyped() {
        server.fault("/v3/numbered?limit=250&page=3", ListingServer.json(numbered(2, 4, 250)));

        assertEndsTypedAfter(ResumeTest.Style.NUMBERED, 500, "Asked for page 3, the response is page 2");
    }

    @Test
    void aPageNumberListingAnsweredByCursorIsNotGuessedButRefused() {
        StepVerifier.create(api.client().v3().getMany("/cursored"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PagingException.class)
                        .hasMessageContaining("declare CURSOR"))
                .verify();
    }

    @ParameterizedTest
    @EnumSource(ResumeTest.Style.class)
    void everyEndIsLoggedAtDebugWithItsReason(ResumeTest.Style style) {
        StepVerifier.create(style.listing(api.client(), Query.empty())).expectNextCount(SIZE).verifyComplete();
        StepVerifier.create(style.listing(api.client(), Query.empty()).take(1)).expectNextCount(1)
                .verifyComplete();

        assertThat(endings()).hasSize(2).allMatch(line -> line.startsWith("Listing " + style.path + " ("
                + style.paging + ") ended: "));
        assertThat(endings().get(1)).contains("by cancellation");
    }

    private void assertEndsTypedAfter(ResumeTest.Style style, int itemsBefore, String reason) {
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        StepVerifier.create(style.listing(api.client(), Query.empty()).map(ListingGuaranteesTest::id)
                        .doOnNext(seen::add))
                .expectNextCount(itemsBefore)
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PagingException.class)
                        .hasMessageContaining(reason))
                .verify();
        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyElementsOf(IntStream.rangeClosed(1, itemsBefore).boxed().toList());
        assertThat(endings()).last().asString().contains("by failure").contains(reason);
    }

    private List<String> endings() {
        return appender.list.stream().filter(event -> event.getLevel() == Level.DEBUG)
                .map(ILoggingEvent::getFormattedMessage).filter(line -> line.startsWith("Listing ")).toList();
    }

    private static MockResponse blankOk(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static String numbered(int page, int totalPages, int perPage) {
        return "{\"data\":" + ids((page - 1) * perPage + 1, perPage) + ",\"meta\":{\"pagination\":{\"total\":"
                + totalPages * perPage + ",\"per_page\":" + perPage + ",\"current_page\":" + page
                + ",\"total_pages\":" + totalPages + "}}}";
    }

    private static String ids(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(id -> "{\"id\":" + id + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static int id(JsonNode item) {
        return item.get("id").asInt();
    }
}
