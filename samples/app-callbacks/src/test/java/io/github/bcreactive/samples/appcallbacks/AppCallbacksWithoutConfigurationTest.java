package io.github.bcreactive.samples.appcallbacks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Started with no configuration, the app fails with a report that names the property to set. */
@ExtendWith(OutputCaptureExtension.class)
class AppCallbacksWithoutConfigurationTest {

    @Test
    void failsNamingTheClientSecretNotAGenericMissingBean(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(AppCallbacksApplication.class, "--server.port=0",
                "--server.address=127.0.0.1")).isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("'bigcommerce.client-secret'")
                .contains("BIGCOMMERCE_CLIENTSECRET")
                .doesNotContain("that could not be found");
    }
}
