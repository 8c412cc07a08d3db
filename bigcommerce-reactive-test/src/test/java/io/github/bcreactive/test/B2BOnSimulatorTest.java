package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * B2B Edition end to end on the simulator: offset pages with {@code meta.pagination}, B2B Edition's rate-limit
 * headers, and the client's own B2B limiter keeping several concurrent callers inside a budget that other
 * integrations share, apart from the store's REST quota.
 */
class B2BOnSimulatorTest {

    @Test
    void aPageCarriesTheOffsetPaginationAndTheB2BBudgetHeaders() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().b2bCompanies(25).clock(clock).build()
                .start()) {
            BigCommerceClient client = sim.clientBuilder().build();
            Page<JsonNode> page = client.b2b().api().getPage("/companies", Query.of("offset", 20).with("limit", 10),
                    JsonNode.class).block();

            assertThat(page.items()).extracting(company -> company.path("companyId").asLong())
                    .containsExactly(5L, 4L, 3L, 2L, 1L);
            assertThat(page.pagination().offset()).hasValue(20);
            assertThat(page.pagination().total()).hasValue(25);
            assertThat(page.pagination().hasNext()).isFalse();
            assertThat(page.headers().getFirst("X-Requests-Allocated")).isEqualTo("150 times/60 s");
            assertThat(page.headers().getFirst("X-Requests-Remaining")).isEqualTo("149 times");
            assertThat(page.rateLimit().quota()).hasValue(150);
            assertThat(page.rateLimit().window()).hasValue(Duration.ofSeconds(60));
            assertThat(page.rateLimit().left()).hasValue(149);
            assertThat(client.b2b().companies().companies().get(7L).block().companyName())
                    .isEqualTo("Company 7");
        }
    }

    @Test
    void aSpentBudgetAnswers429WithTheB2BHeadersAndTheRestQuotaIsApart() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().b2bQuota(2, Duration.ofSeconds(60))
                .quota(100, Duration.ofSeconds(30)).clock(clock).build().start()) {
            // no B2B limiter, so the third call reaches the spent budget (the limiter would wait for the reset)
            BigCommerceClient client = sim.clientBuilder().b2bRateLimiter(RateLimiter.unlimited())
                    .retry(RetryOptions.defaults().withMaxRetries(0).withMaxThrottleWait(Duration.ZERO)).build();
            client.b2b().api().get("/companies/1").block();
            client.b2b().api().get("/companies/2").block();

            TooManyRequestsException limited = org.assertj.core.api.Assertions.catchThrowableOfType(
                    TooManyRequestsException.class, () -> client.b2b().api().get("/companies/3").block());
            assertThat(limited.rateLimit().left()).hasValue(0);
            assertThat(limited.retryAfter()).hasValue(Duration.ofSeconds(60));
            assertThat(client.v3().get("/catalog/products/1").block()).isNotNull();
        }
    }

    @Test
    void severalCallersKeepToTheSharedBudgetThroughTheirOwnLimiter() {
        int callers = 6;
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().b2bCompanies(1_000)
                .b2bQuota(12, Duration.ofSeconds(1)).b2bOtherIntegrations(2).quota(1, Duration.ofSeconds(30))
                .build().start()) {
            String store = sim.storeHashes().get(0);
            RateLimiter b2bLimiter = TokenBucketRateLimiter.create(RateLimitOptions.builder()
                    .minRequestsRemaining(3).build());
            List<List<Long>> listings = Flux.range(0, callers)
                    .flatMap(caller -> sim.clientBuilder().b2bRateLimiter(b2bLimiter).build().b2b().companies()
                            .companies().iterAll().map(company -> company.companyId())
                            .collectList(), callers)
                    .collectList().block();

            List<Long> everyCompany = LongStream.iterate(1_000, id -> id >= 1, id -> id - 1).boxed().toList();
            assertThat(listings).hasSize(callers).allSatisfy(ids -> assertThat(ids).isEqualTo(everyCompany));
            assertThat(sim.stats().requests(store, "GET", "/b2b/companies")).isEqualTo(callers * 5L);
            assertThat(sim.stats().rateLimited(store)).as("429s served to the B2B callers").isZero();
            assertThat(sim.stats().requests(store)).as("B2B calls spend none of the REST quota")
                    .isEqualTo(callers * 5L);
            System.out.println("B2B on the simulator: " + callers + " callers, " + callers * 5
                    + " pages of 200 through a budget of 12/s shared with other integrations (2/s): "
                    + sim.stats().rateLimited(store) + " 429s");
        }
    }
}
