package io.github.bcreactive.autoconfigure.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceStores;
import io.github.bcreactive.autoconfigure.MockApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

class BigCommerceHealthAutoConfigurationTests {

    private static final String TOKEN = "tok-health-8d1f3a";
    private static final String BEAN = "bigCommerceHealthContributor";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class,
                    BigCommerceHealthAutoConfiguration.class))
            .withPropertyValues("bigcommerce.stores.eu.store-hash=eu1", "bigcommerce.stores.eu.access-token=" + TOKEN);

    @Test
    void onByDefaultAsSpringBootsOwnIndicators() {
        runner.run(context -> assertThat(context).hasBean(BEAN));
    }

    @Test
    void offWithItsManagementSwitch() {
        runner.withPropertyValues("management.health.bigcommerce.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN));
    }

    @Test
    void offWithTheDefaultsGroupUnlessSwitchedOnByName() {
        runner.withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(BEAN));
        runner.withPropertyValues("management.health.defaults.enabled=false", "management.health.bigcommerce.enabled=true")
                .run(context -> assertThat(context).hasBean(BEAN));
    }

    @Test
    void offWithoutActuatorsHealthClasses() {
        runner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN));
    }

    @Test
    void offWithoutAnyStore() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class,
                        BigCommerceHealthAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN));
    }

    @Test
    void oneIndicatorPerStoreWhenEnabled() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123",
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
            runner.withPropertyValues("bigcommerce.health.cache-time-to-live=0s", "bigcommerce.api-url=" + api.url())
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

    @Test
    void aResultAnswersProbesForItsTimeToLiveThenTheStoreIsAskedAgain() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{\"time\":1}").enqueue(503, "{\"status\":503,\"title\":\"Unavailable\"}")
                    .enqueue(200, "{\"time\":3}");
            runner.withPropertyValues("bigcommerce.api-url=" + api.url()).run(context -> {
                BigCommerceClient eu = context.getBean(BigCommerceStores.class).get("eu");
                VirtualTimeScheduler clock = VirtualTimeScheduler.create();
                BigCommerceHealthIndicator indicator = new BigCommerceHealthIndicator(eu, Duration.ofSeconds(10),
                        Duration.ofSeconds(30), clock);

                for (int probe = 0; probe < 5; probe++) {
                    assertThat(indicator.health().block().getDetails()).containsEntry("time", 1L);
                }
                assertThat(api.server().getRequestCount()).isEqualTo(1);

                clock.advanceTimeBy(Duration.ofSeconds(31));
                assertThat(indicator.health().block().getStatus()).isEqualTo(Status.DOWN);
                assertThat(indicator.health().block().getStatus()).isEqualTo(Status.DOWN);
                assertThat(api.server().getRequestCount()).isEqualTo(2);

                clock.advanceTimeBy(Duration.ofSeconds(31));
                assertThat(indicator.health().block().getDetails()).containsEntry("time", 3L);
                assertThat(api.server().getRequestCount()).isEqualTo(3);
                clock.dispose();
            });
        }
    }

    @Test
    void theCacheTimeToLiveIsValidatedNamingItsProperty() {
        runner.withPropertyValues("bigcommerce.health.cache-time-to-live=-1s").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("'bigcommerce.health.cache-time-to-live'"));
    }
}
