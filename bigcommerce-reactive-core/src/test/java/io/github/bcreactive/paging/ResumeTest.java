package io.github.bcreactive.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * A listing interrupted after page N and resumed with page N's continuation token, on a new client as after a
 * crash, yields exactly the remaining items: none repeated, none missing, in every paging style. Bad tokens are
 * refused before anything is sent.
 */
class ResumeTest {

    private static final int SIZE = 1000;
    private static final Query FILTERS = Query.of("is_visible", true);
    private static final List<Integer> ALL = IntStream.rangeClosed(1, SIZE).boxed().toList();

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private final ListingServer server = new ListingServer(SIZE);

    /** The three paged styles, each on the listing the server serves in it. */
    enum Style {
        V2(PagingStyle.V2_PAGES, "/items", "page=3"),
        NUMBERED(PagingStyle.PAGE_NUMBER, "/numbered", "page=3"),
        CURSORED(PagingStyle.CURSOR, "/cursored", "after=c500");

        final PagingStyle paging;
        final String path;
        final String thirdPage;

        Style(PagingStyle paging, String path, String thirdPage) {
            this.paging = paging;
            this.path = path;
            this.thirdPage = thirdPage;
        }

        PagedFlux<JsonNode> listing(BigCommerceClient client, Query query) {
            RestApi restApi = paging == PagingStyle.V2_PAGES ? client.v2() : client.v3();
            return restApi.list(path, query, client.v3().mapper().constructType(JsonNode.class), paging);
        }
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void aListingResumedAfterPageTwoYieldsExactlyTheRemainingItems(Style style) {
        api.dispatch(server);
        List<Page<JsonNode>> firstTwo = style.listing(api.client(), FILTERS).byPage().take(2).collectList()
                .block(Duration.ofSeconds(30));
        String token = firstTwo.get(1).continuationToken();
        int askedBeforeCrash = server.asked().size();

        BigCommerceClient restarted = api.client();
        List<Integer> rest = style.listing(restarted, FILTERS).byPage(token)
                .concatMapIterable(Page::items).map(ResumeTest::id).collectList().block(Duration.ofSeconds(30));

        List<Integer> seen = new ArrayList<>(ids(firstTwo));
        seen.addAll(rest);
        assertThat(seen).containsExactlyElementsOf(ALL);
        assertThat(rest).first().isEqualTo(501);
        if (style != Style.NUMBERED) {
            assertThat(askedBeforeCrash).as("sequential styles ask one page at a time").isEqualTo(2);
            assertThat(server.asked().get(askedBeforeCrash)).contains("is_visible=true").contains("limit=250")
                    .contains(style.thirdPage);
        } else {
            // page numbers are fetched ahead, so a page the first listing asked for before it was cancelled may be
            // recorded after the snapshot: the resumed listing's third-page request is among the later ones
            assertThat(server.asked().subList(askedBeforeCrash, server.asked().size())).anySatisfy(asked ->
                    assertThat(asked).contains("is_visible=true").contains("limit=250").contains(style.thirdPage));
        }
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void everyPageCarriesTheTokenOfTheNextAndTheLastNone(Style style) {
        api.dispatch(server);

        List<Page<JsonNode>> pages = style.listing(api.client(), FILTERS).byPage().collectList()
                .block(Duration.ofSeconds(30));

        Page<JsonNode> last = pages.get(pages.size() - 1);
        assertThat(last.continuationToken()).isNull();
        assertThat(last.nextToken()).isEmpty();
        assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page.continuationToken())
                .isNotBlank().matches("[A-Za-z0-9_-]+"));
        for (int n = 0; n < pages.size() - 1; n++) {
            List<Integer> resumed = style.listing(api.client(), FILTERS).byPage(pages.get(n).continuationToken())
                    .concatMapIterable(Page::items).map(ResumeTest::id).collectList().block(Duration.ofSeconds(30));
            assertThat(resumed).as("resumed after page %d", n + 1).containsExactlyElementsOf(ALL.subList(
                    ids(pages.subList(0, n + 1)).size(), SIZE));
        }
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void aPageCarriesItsStatusHeadersAndRateLimitState(Style style) {
        api.dispatch(server);

        StepVerifier.create(style.listing(api.client(), FILTERS).byPage().take(1))
                .assertNext(page -> {
                    assertThat(page.status()).isEqualTo(200);
                    assertThat(page.headers().getFirst("Content-Type")).isEqualTo("application/json");
                    assertThat(page.rateLimit().left()).isEqualTo(OptionalInt.of(99));
                    assertThat(page.rateLimit().quota()).isEqualTo(OptionalInt.of(150));
                })
                .verifyComplete();
    }

    @Test
    void aSinglePageAskedForByNumberResumesWithItsOwnPageSize() {
        api.dispatch(server);
        BigCommerceClient client = api.client();
        JsonNodeType json = new JsonNodeType(client);

        Page<JsonNode> second = client.v3().<JsonNode>page("/numbered", FILTERS.with("page", 2).with("limit", 100), json.type,
                PagingStyle.PAGE_NUMBER).block(Duration.ofSeconds(30));
        List<Integer> rest = Style.NUMBERED.listing(client, FILTERS).byPage(second.continuationToken())
                .concatMapIterable(Page::items).map(ResumeTest::id).collectList().block(Duration.ofSeconds(30));

        assertThat(ids(List.of(second))).containsExactlyElementsOf(ALL.subList(100, 200));
        assertThat(rest).containsExactlyElementsOf(ALL.subList(200, SIZE));
        assertThat(server.asked()).element(1).asString().contains("limit=100").contains("page=3");
    }

    @Test
    void malformedForeignAndOtherStyleTokensAreRefusedBeforeAnythingIsSent() {
        api.dispatch(server);
        BigCommerceClient client = api.client();
        String cursorToken = Style.CURSORED.listing(client, FILTERS).byPage().blockFirst(Duration.ofSeconds(30))
                .continuationToken();
        int asked = server.asked().size();
        PagedFlux<JsonNode> cursored = Style.CURSORED.listing(client, FILTERS);

        assertThatThrownBy(() -> cursored.byPage("not a token!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> cursored.byPage("Zm9vYmFy")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> cursored.byPage(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cursored.byPage(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Style.CURSORED.listing(client, Query.of("is_visible", false)).byPage(cursorToken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another listing");
        assertThatThrownBy(() -> Style.NUMBERED.listing(client, FILTERS).byPage(cursorToken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CURSOR");
        assertThatThrownBy(() -> client.v3().list("/cursored", FILTERS, new JsonNodeType(client).type,
                PagingStyle.NONE).byPage(cursorToken)).isInstanceOf(IllegalArgumentException.class);
        String tampered = cursorToken.substring(0, cursorToken.length() - 3) + "AAA";
        assertThatThrownBy(() -> cursored.byPage(tampered)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.asked()).hasSize(asked);
    }

    @Test
    void anUnpagedListingHasNoTokenToResumeFrom() {
        api.dispatch(server);
        BigCommerceClient client = api.client();

        StepVerifier.create(client.v3().list("/numbered", FILTERS, new JsonNodeType(client).type, PagingStyle.NONE)
                        .byPage())
                .assertNext(page -> assertThat(page.continuationToken()).isNull())
                .verifyComplete();
        assertThat(server.asked()).containsExactly("/v3/numbered?is_visible=true");
    }

    private static List<Integer> ids(List<Page<JsonNode>> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).map(ResumeTest::id).toList();
    }

    private static int id(JsonNode item) {
        return item.get("id").asInt();
    }

    /** The JsonNode item type of a client's mapper. */
    private static final class JsonNodeType {
        final tools.jackson.databind.JavaType type;

        JsonNodeType(BigCommerceClient client) {
            this.type = client.v3().mapper().constructType(JsonNode.class);
        }
    }
}
