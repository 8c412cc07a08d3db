package io.github.bcreactive.autoconfigure;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.validation.FieldError;

import static io.github.bcreactive.autoconfigure.StartupFailures.allMessages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad value of every kind fails startup naming its exact property, also under {@code stores.<name>}: a URL, a
 * duration, a number, an enum list (a typo in {@code retry.methods}), a store hash, a rate-limit option, a proxy
 * port, a pool duration.
 */
class PropertyValidationTests {

    private static final String TOKEN = "tok-validation-61c2";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
                    BigCommerceAutoConfiguration.class));

    static List<Arguments> badValues() {
        return List.of(
                Arguments.of("bigcommerce.api-url=not a url", "bigcommerce.api-url", ""),
                Arguments.of("bigcommerce.login-url=ftp://login", "bigcommerce.login-url", ""),
                Arguments.of("bigcommerce.timeouts.response=-1s", "bigcommerce.timeouts.response", ""),
                Arguments.of("bigcommerce.timeouts.connect=0s", "bigcommerce.timeouts.connect", ""),
                Arguments.of("bigcommerce.page-concurrency=0", "bigcommerce.page-concurrency", ""),
                Arguments.of("bigcommerce.max-connections=0", "bigcommerce.max-connections", ""),
                Arguments.of("bigcommerce.clock-skew=10m", "bigcommerce.clock-skew", ""),
                Arguments.of("bigcommerce.retry.max-retries=-1", "bigcommerce.retry.max-retries", ""),
                Arguments.of("bigcommerce.retry.max-backoff=1ms", "bigcommerce.retry.max-backoff", ""),
                Arguments.of("bigcommerce.rate-limit.initial-permits=0", "bigcommerce.rate-limit.initial-permits", ""),
                Arguments.of("bigcommerce.rate-limit.permit-timeout=0s", "bigcommerce.rate-limit.permit-timeout", ""),
                Arguments.of("bigcommerce.health.timeout=0s", "bigcommerce.health.timeout", ""),
                Arguments.of("bigcommerce.proxy.host=proxy.corp", "bigcommerce.proxy.port",
                        "bigcommerce.proxy.port=70000"),
                Arguments.of("bigcommerce.pool.max-idle-time=0s", "bigcommerce.pool.max-idle-time", ""),
                Arguments.of("bigcommerce.store-hash=abc/123", "bigcommerce.store-hash",
                        "bigcommerce.access-token=" + TOKEN),
                Arguments.of("bigcommerce.stores.eu.store-hash=eu 1", "bigcommerce.stores.eu.store-hash",
                        "bigcommerce.stores.eu.access-token=" + TOKEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueFailsStartupNamingItsProperty(String bad, String property, String other) {
        runner.withPropertyValues(other.isEmpty() ? new String[0] : new String[] {other}).withPropertyValues(bad).run(context -> {
            Throwable startup = context.getStartupFailure();
            assertThat(startup).isNotNull();
            BindValidationException validation = find(startup, BindValidationException.class);
            assertThat(validation.getValidationErrors().getAllErrors())
                    .map(error -> "bigcommerce." + PropertiesValidation.dashed(((FieldError) error).getField()))
                    .containsExactly(property);
            assertThat(allMessages(startup)).contains("'" + property + "'").doesNotContain(TOKEN);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typos")
    void aTypoInAnEnumOrDurationFailsBindingNamingItsProperty(String bad, String property) {
        runner.withPropertyValues(bad).run(context -> {
            BindException binding = find(context.getStartupFailure(), BindException.class);
            assertThat(binding.getProperty().getName().toString()).isEqualTo(property);
        });
    }

    static List<Arguments> typos() {
        return List.of(
                Arguments.of("bigcommerce.retry.methods=GET,GTE", "bigcommerce.retry.methods"),
                Arguments.of("bigcommerce.retry.methods=GET,POST", "bigcommerce.retry.methods"),
                Arguments.of("bigcommerce.timeouts.response=soon", "bigcommerce.timeouts.response"));
    }

    @org.junit.jupiter.api.Test
    void retryMethodsBindCaseInsensitively() {
        runner.withPropertyValues("bigcommerce.retry.methods=get,Head,PUT").run(context ->
                assertThat(context.getBean(BigCommerceProperties.class).retry().methods()).containsExactlyInAnyOrder(
                        BigCommerceProperties.RetryMethod.GET, BigCommerceProperties.RetryMethod.HEAD,
                        BigCommerceProperties.RetryMethod.PUT));
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in " + allMessages(failure));
    }
}
