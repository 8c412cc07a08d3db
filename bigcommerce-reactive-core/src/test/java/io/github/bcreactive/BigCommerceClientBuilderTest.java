package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code build()} refuses bad settings with an {@link IllegalArgumentException} naming the setting. */
class BigCommerceClientBuilderTest {

    private static final String TOKEN = "tok-SECRET-0a9b8c";

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad("storeHash", b -> b.storeHash(null)),
                bad("storeHash", b -> b.storeHash("   ")),
                bad("storeHash", b -> b.storeHash("abc/../123")),
                bad("accessToken", b -> b.accessToken(null)),
                bad("accessToken", b -> b.accessToken(" ")),
                bad("clientId", b -> b.clientId("")),
                bad("apiUrl", b -> b.apiUrl("not a url")),
                bad("apiUrl", b -> b.apiUrl("ftp://api.example.com")),
                bad("apiUrl", b -> b.apiUrl("api.bigcommerce.com")),
                bad("apiUrl", b -> b.apiUrl("https://user:" + TOKEN + "@api.example.com")),
                bad("apiUrl", b -> b.apiUrl("")),
                bad("loginUrl", b -> b.loginUrl("https://")),
                bad("connectTimeout", b -> b.connectTimeout(Duration.ZERO)),
                bad("connectTimeout", b -> b.connectTimeout(null)),
                bad("responseTimeout", b -> b.responseTimeout(Duration.ofSeconds(-1))),
                bad("maxResponseBytes", b -> b.maxResponseBytes(0)),
                bad("pageConcurrency", b -> b.pageConcurrency(0)),
                bad("pageConcurrency", b -> b.pageConcurrency(65)),
                bad("userAgent", b -> b.userAgent(" ")),
                bad("basicAuth", b -> b.basicAuth("store.example.com", "admin", "api-token")));
    }

    private static Arguments bad(String setting, UnaryOperator<BigCommerceClient.Builder> change) {
        return Arguments.of(setting, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void aBadSettingIsNamedAndTheTokenNeverShown(String setting, UnaryOperator<BigCommerceClient.Builder> change) {
        BigCommerceClient.Builder builder = change.apply(valid());

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + setting + "'")
                .satisfies(error -> {
                    assertThat(error.getMessage()).doesNotContain(TOKEN);
                    assertThat(error.toString()).doesNotContain(TOKEN);
                });
    }

    static Stream<Arguments> badBasicAuth() {
        return Stream.of(
                Arguments.of("host", null, "admin", TOKEN),
                Arguments.of("host", "ftp://store.example.com", "admin", TOKEN),
                Arguments.of("username", "store.example.com", " ", TOKEN),
                Arguments.of("apiToken", "store.example.com", "admin", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBasicAuth")
    void badBasicAuthIsNamed(String setting, String host, String username, String apiToken) {
        BigCommerceClient.Builder builder = BigCommerceClient.builder().basicAuth(host, username, apiToken);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + setting + "'")
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain(TOKEN));
    }

    @Test
    void aValidBuilderBuildsAClientThatNeverShowsItsToken() {
        BigCommerceClient client = valid().clientId("app-id").build();

        assertThat(client.storeHash()).isEqualTo("abc123");
        assertThat(client.loginUrl()).isEqualTo(BigCommerceClient.Builder.DEFAULT_LOGIN_URL);
        assertThat(client.toString()).contains("abc123").doesNotContain(TOKEN);
        assertThat(client.baseUrl(io.github.bcreactive.api.ApiVersion.V3))
                .isEqualTo("https://api.bigcommerce.com/stores/abc123/v3");
    }

    @Test
    void theApiAndLoginUrlsCanBeOverridden() {
        BigCommerceClient client = valid().apiUrl("http://127.0.0.1:8080/").loginUrl("http://127.0.0.1:8081")
                .build();

        assertThat(client.baseUrl(io.github.bcreactive.api.ApiVersion.V2))
                .isEqualTo("http://127.0.0.1:8080/stores/abc123/v2");
        assertThat(client.loginUrl()).isEqualTo("http://127.0.0.1:8081");
    }

    private static BigCommerceClient.Builder valid() {
        return BigCommerceClient.builder().storeHash("abc123").accessToken(TOKEN);
    }
}
