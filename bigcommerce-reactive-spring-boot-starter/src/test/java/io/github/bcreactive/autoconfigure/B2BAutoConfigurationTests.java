package io.github.bcreactive.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bcreactive.BigCommerceB2BClient;
import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import reactor.test.StepVerifier;

/** The {@code bigcommerce.b2b.*} properties: the B2B Edition client of the single store, its limiter, its token. */
class B2BAutoConfigurationTests {

    private static final String TOKEN = "tok-3f9a7c1e55d04b2d";
    private static final String B2B_TOKEN = "b2b-9e8d7c6b5a";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
                    BigCommerceAutoConfiguration.class));

    @Test
    void oneStoreGivesItsB2BClientWithALimiterApartFromTheRestOne() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN)
                .run(context -> {
                    assertThat(context).hasSingleBean(BigCommerceB2BClient.class);
                    assertThat(context.getBean(BigCommerceB2BClient.class).storeHash()).isEqualTo("abc123");
                    BigCommerceClients clients = context.getBean(BigCommerceClients.class);
                    assertThat(clients.b2bRateLimiter()).isInstanceOf(TokenBucketRateLimiter.class)
                            .isNotSameAs(clients.rateLimiter());
                });
    }

    @Test
    void withoutAStoreThereIsNoB2BClient() {
        runner.run(context -> assertThat(context).doesNotHaveBean(BigCommerceB2BClient.class));
    }

    @Test
    void theB2BLimiterCanBeSwitchedOffAndTheTokenNeverShows() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                "bigcommerce.b2b.access-token=" + B2B_TOKEN, "bigcommerce.b2b.rate-limit.enabled=false")
                .run(context -> {
                    assertThat(context.getBean(BigCommerceClients.class).b2bRateLimiter())
                            .isSameAs(RateLimiter.unlimited());
                    BigCommerceProperties properties = context.getBean(BigCommerceProperties.class);
                    assertThat(properties.b2b().accessToken()).isEqualTo(B2B_TOKEN);
                    assertThat(properties.toString()).contains("b2b=B2b[url=https://api-b2b.bigcommerce.com")
                            .doesNotContain(B2B_TOKEN).doesNotContain(TOKEN);
                    assertThat(context.getBean(BigCommerceB2BClient.class).toString()).doesNotContain(B2B_TOKEN);
                });
    }

    @Test
    void aWrongB2BSettingFailsStartupNamingIt() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                "bigcommerce.b2b.url=ftp://b2b.example", "bigcommerce.b2b.rate-limit.initial-permits=0")
                .run(context -> assertThat(context.getStartupFailure()).isNotNull().rootCause()
                        .hasMessageContaining("bigcommerce.b2b.url").hasMessageContaining(
                                "bigcommerce.b2b.rate-limit.initial-permits"));
        runner.withPropertyValues("bigcommerce.stores.eu.store-hash=eu1", "bigcommerce.stores.eu.access-token=a",
                "bigcommerce.b2b.access-token=" + B2B_TOKEN)
                .run(context -> assertThat(context.getStartupFailure()).isNotNull().rootCause()
                        .hasMessageContaining("bigcommerce.b2b.access-token").hasMessageContaining("single store")
                        .message().doesNotContain(B2B_TOKEN));
    }

    @Test
    void theB2BClientListsCompaniesOnTheSimulatorWithItsOwnToken() {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().b2bCompanies(30).build().start()) {
            String store = sim.storeHashes().get(0);
            runner.withPropertyValues("bigcommerce.api-url=" + sim.baseUrl(), "bigcommerce.b2b.url=" + sim.baseUrl(),
                    "bigcommerce.store-hash=" + store, "bigcommerce.access-token=not-the-token",
                    "bigcommerce.b2b.access-token=" + sim.accessToken(store))
                    .run(context -> {
                        BigCommerceB2BClient b2b = context.getBean(BigCommerceB2BClient.class);
                        StepVerifier.create(b2b.companies().companies().iterAll().count()).expectNext(30L)
                                .verifyComplete();
                        assertThat(sim.stats().requests(store, "GET", "/b2b/companies")).isEqualTo(1);
                        assertThat(context.getBean(BigCommerceClient.class).b2b()).isSameAs(b2b);
                    });
        }
    }
}
