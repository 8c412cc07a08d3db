package io.github.bcreactive.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BigCommerceAppTest {

    @Test
    void secretTooShortToBeRealFailsWithATypedErrorThatHidesIt() {
        String shortSecret = "tooshort-secret";   // 15 bytes: 120 bits

        assertThatThrownBy(() -> BigCommerceApp.builder().clientId("id").clientSecret(shortSecret).build())
                .isInstanceOfSatisfying(WeakClientSecretException.class, e -> {
                    assertThat(e.bits()).isEqualTo(120);
                    assertThat(e.getMessage()).contains("'clientSecret'").doesNotContain(shortSecret);
                });
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> BigCommerceApp.builder().clientSecret(TestTokens.SECRET).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'clientId'");
        assertThatThrownBy(() -> BigCommerceApp.builder().clientId("id").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'clientSecret'");
        assertThatThrownBy(() -> BigCommerceApp.builder().clockSkew(Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'clockSkew'");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        BigCommerceApp app = BigCommerceApp.builder().clientId("id").clientSecret(TestTokens.SECRET).build();

        assertThat(app.toString()).contains("id").doesNotContain(TestTokens.SECRET);
        assertThat(ClientSecret.of(TestTokens.SECRET).toString()).doesNotContain(TestTokens.SECRET);
    }
}
