package io.github.bcreactive.autoconfigure;

import io.github.bcreactive.auth.BigCommerceApp;
import io.github.bcreactive.auth.OAuthToken;
import io.github.bcreactive.auth.WeakClientSecretException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.bcreactive.autoconfigure.StartupFailures.allMessages;
import static io.github.bcreactive.autoconfigure.StartupFailures.configurationFailure;
import static org.assertj.core.api.Assertions.assertThat;

class BigCommerceAppAutoConfigurationTests {

    // the shape of real BigCommerce credentials: 31 lowercase alphanumerics (made up here)
    private static final String CLIENT_ID = "k2q8vd1xw0m4zr7tb3hn6cy5pj9sfae";
    private static final String SECRET = "r7m2c9x4q1w8e5t0y3u6i9o2p5a8s1d";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class));

    @Test
    void noAppWithoutAClientSecret() {
        runner.withPropertyValues("bigcommerce.client-id=" + CLIENT_ID)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BigCommerceApp.class));
    }

    @Test
    void aClientSecretGivesTheAppThatExchangesCodesAtTheLoginUrl() {
        try (MockApi login = new MockApi()) {
            login.enqueue(200, """
                    {"access_token":"issued-token","scope":"store_v2_products","context":"stores/g5cd38",
                     "user":{"id":1,"email":"a@example.com"},"owner":{"id":1,"email":"a@example.com"},
                     "account_uuid":"12345678-90ab-cdef-1234-567890abcdef"}""");
            runner.withPropertyValues("bigcommerce.client-id=" + CLIENT_ID, "bigcommerce.client-secret=" + SECRET,
                    "bigcommerce.login-url=" + login.url()).run(context -> {
                        BigCommerceApp app = context.getBean(BigCommerceApp.class);
                        assertThat(app.clientId()).isEqualTo(CLIENT_ID);
                        OAuthToken token = app.exchange("code-1", "stores/g5cd38", "store_v2_products",
                                "https://app.example.com/auth").block();
                        assertThat(token.storeHash()).isEqualTo("g5cd38");
                        RecordedRequest request = login.take();
                        assertThat(request.getUrl().encodedPath()).isEqualTo("/oauth2/token");
                        assertThat(request.getBody().utf8()).contains(CLIENT_ID).contains("code-1");
                    });
        }
    }

    @Test
    void aClientSecretWithoutAClientIdFailsStartupNamingIt() {
        runner.withPropertyValues("bigcommerce.client-secret=" + SECRET).run(context -> {
            BigCommerceConfigurationException failure = configurationFailure(
                    context.getStartupFailure());
            assertThat(failure.property()).isEqualTo("bigcommerce.client-id");
            assertThat(allMessages(context.getStartupFailure())).doesNotContain(SECRET);
        });
    }

    @Test
    void aTooShortSecretFailsStartupNamingItWithoutShowingIt() {
        String shortSecret = "abc123def";
        runner.withPropertyValues("bigcommerce.client-id=" + CLIENT_ID, "bigcommerce.client-secret=" + shortSecret)
                .run(context -> {
                    BigCommerceConfigurationException failure = configurationFailure(
                            context.getStartupFailure());
                    assertThat(failure.property()).isEqualTo("bigcommerce.client-secret");
                    assertThat(failure.getCause()).isInstanceOf(WeakClientSecretException.class);
                    assertThat(allMessages(context.getStartupFailure())).doesNotContain(shortSecret);
                });
    }

    @Test
    void theApplicationsAppWins() {
        runner.withPropertyValues("bigcommerce.client-id=" + CLIENT_ID, "bigcommerce.client-secret=" + SECRET)
                .withUserConfiguration(OwnApp.class)
                .run(context -> assertThat(context.getBean(BigCommerceApp.class).clientId()).isEqualTo("own-app"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnApp {
        @Bean
        BigCommerceApp ownApp() {
            return BigCommerceApp.builder().clientId("own-app").clientSecret(SECRET).build();
        }
    }
}
