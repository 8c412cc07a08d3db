package io.github.bcreactive.autoconfigure.health;

import java.util.ArrayList;
import java.util.List;

import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.MockApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class BigCommerceHealthAutoConfigurationTests {

    private static final String TOKEN = "tok-health-8d1f3a";
    private static final String BEAN = "bigCommerceHealthContributor";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class,
                    BigCommerceHealthAutoConfiguration.class))
            .withPropertyValues("bigcommerce.stores.eu.store-hash=eu1", "bigcommerce.stores.eu.access-token=" + TOKEN);

    @Test
    void offByDefault() {
        runner.run(context -> assertThat(context).doesNotHaveBean(BEAN));
    }

    @Test
    void offWithoutActuatorsHealthClasses() {
        runner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
                .withPropertyValues("bigcommerce.health.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN));
    }

    @Test
    void offWithoutAnyStore() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class,
                        BigCommerceHealthAutoConfiguration.class))
                .withPropertyValues("bigcommerce.health.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN));
    }

    @Test
    void oneIndicatorPerStoreWhenEnabled() {
        runner.withPropertyValues("bigcommerce.health.enabled=true", "bigcommerce.store-hash=abc123",
                "bigcommerce.access-token=t", "bigcommerce.stores.us.store-hash=us1",
                "bigcommerce.stores.us.access-token=u").run(context -> {
                    CompositeReactiveHealthContributor composite = context.getBean(BEAN,
                            CompositeReactiveHealthContributor.class);
                    List<String> names = new ArrayList<>();
                    composite.stream().forEach(entry -> names.add(entry.name()));
                    assertThat(names).containsExactly("default", "eu", "us");
                });
    }

    @Test
    void upWithTheStoreClockDownWithTheStatusAndNeverTheToken() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{\"time\":1700000000}").enqueue(401, "{\"status\":401,\"title\":\"Unauthorized\"}");
            runner.withPropertyValues("bigcommerce.health.enabled=true", "bigcommerce.api-url=" + api.url())
                    .run(context -> {
                        ReactiveHealthIndicator eu = (ReactiveHealthIndicator) context
                                .getBean(BEAN, CompositeReactiveHealthContributor.class).getContributor("eu");
                        Health up = eu.health().block();
                        assertThat(up.getStatus()).isEqualTo(Status.UP);
                        assertThat(up.getDetails()).containsEntry("store", "eu1").containsEntry("time", 1700000000L);
                        assertThat(api.take().getUrl().encodedPath()).isEqualTo("/stores/eu1/v2/time");

                        Health down = eu.health().block();
                        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(down.getDetails()).containsEntry("status", 401)
                                .containsEntry("error", "UnauthorizedException");
                        assertThat(down.toString()).doesNotContain(TOKEN);
                    });
        }
    }
}
