package io.github.bcreactive.b2b;

import static io.github.bcreactive.support.MockApi.STORE;
import static io.github.bcreactive.support.MockApi.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.resource.B2BOperations;
import io.github.bcreactive.support.MockApi;
import io.github.bcreactive.support.RecordingRateLimiter;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

/** {@code client.b2b()}: its own host, credentials, envelope and rate limiter. */
class B2BClientTest {

    private static final String ONE_COMPANY = "{\"code\":200,\"data\":{\"companyId\":42,\"companyName\":\"Acme\"},"
            + "\"meta\":{\"message\":\"SUCCESS\"}}";

    @RegisterExtension
    final MockApi api = MockApi.perTest();

    @Test
    void aGeneratedFamilyCallsTheB2BHostWithTheStoreHashAndUnwrapsTheData() {
        api.enqueue(200, ONE_COMPANY);

        StepVerifier.create(api.clientBuilder().b2bUrl(api.url()).build().b2b().companies().companies().get(42L))
                .assertNext(company -> assertThat(company.companyName()).isEqualTo("Acme"))
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/api/v3/io/companies/42");
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.getHeaders().get("X-Store-Hash")).isEqualTo(STORE);
        assertThat(request.getHeaders().get("X-Auth-Client")).isNull();
    }

    @Test
    void aB2BTokenOfItsOwnIsSentInsteadOfTheAccessToken() {
        api.enqueue(200, ONE_COMPANY);

        StepVerifier.create(api.clientBuilder().b2bUrl(api.url()).b2bAccessToken("b2b-token").build().b2b().api()
                .get("/companies/42")).expectNextCount(1).verifyComplete();

        assertThat(api.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("b2b-token");
    }

    @Test
    void b2bCallsGoThroughTheB2BLimiterAndNeverTheRestLimiter() {
        RecordingRateLimiter rest = new RecordingRateLimiter();
        RecordingRateLimiter b2b = new RecordingRateLimiter();
        api.server().enqueue(new mockwebserver3.MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Requests-Remaining", "12 times").body(ONE_COMPANY).build());

        BigCommerceClient client = api.clientBuilder().b2bUrl(api.url()).rateLimiter(rest).b2bRateLimiter(b2b)
                .build();
        StepVerifier.create(client.b2b().api().get("/companies/42")).expectNextCount(1).verifyComplete();

        assertThat(rest.events()).isEmpty();
        assertThat(b2b.events()).containsExactly("acquire " + STORE, "response " + STORE + " left=12");
    }

    @Test
    void credentialsGoOnlyToTheB2BHost() {
        BigCommerceClient client = api.clientBuilder().b2bUrl("https://api-b2b.example").build();
        api.enqueue(200, "{}");

        StepVerifier.create(client.b2b().api().get(api.url() + "/elsewhere")).expectNextCount(1).verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getHeaders().get("X-Auth-Token")).isNull();
        assertThat(request.getHeaders().get("X-Store-Hash")).isNull();
    }

    @Test
    void aBasicAuthClientHasNoB2BAndTheB2BApiServesNoOtherVersion() {
        BigCommerceClient basic = BigCommerceClient.builder().basicAuth("store.example", "user", "secret").build();
        assertThatThrownBy(basic::b2b).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("store hash and an access token");

        BigCommerceClient client = api.clientBuilder().b2bUrl(api.url()).build();
        assertThatThrownBy(() -> client.b2b().api().withVersion(ApiVersion.V3).get("/catalog/products").block())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("v3 API is not served");
    }

    @Test
    void namesNoSecret() {
        BigCommerceClient client = api.clientBuilder().b2bUrl(api.url()).b2bAccessToken("b2b-SECRET").build();

        assertThat(client.b2b().toString()).contains(STORE).doesNotContain(TOKEN).doesNotContain("b2b-SECRET");
        assertThat(client.b2b().storeHash()).isEqualTo(STORE);
    }

    @Test
    void aFactorySharesOneB2BLimiterApartFromItsRestLimiter() {
        try (BigCommerceClients stores = BigCommerceClients.builder().build()) {
            assertThat(stores.b2bRateLimiter()).isNotNull().isNotSameAs(stores.rateLimiter());
        }
    }

    @Test
    void theTableDeclaresB2BListingsPagedByOffsetAndRangesSpelledTheB2BWay() {
        assertThat(B2BOperations.all()).hasSize(121).allSatisfy(op -> assertThat(op.version())
                .isEqualTo(ApiVersion.B2B));
        assertThat(B2BOperations.find(HttpMethod.GET, "/companies")).hasValueSatisfying(op ->
                assertThat(op.paging()).isEqualTo(PagingStyle.OFFSET));
        assertThat(B2BOperations.find(HttpMethod.GET, "/ip/invoices")).isPresent();
        assertThat(Query.builder().min("modified", 1618794615).build().encode(ApiVersion.B2B))
                .isEqualTo("minModified=1618794615");
    }
}
