package io.github.bcreactive.samples.catalogsync;

import io.github.bcreactive.autoconfigure.BigCommerceStores;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The catalog sync demo: every store under {@code bigcommerce.stores} synced at once into NDJSON files. With no
 * store configured it starts an embedded simulator first (see {@link EmbeddedSimulator}).
 *
 * <pre>
 * ./mvnw -q -pl samples/catalog-sync -am spring-boot:run
 * </pre>
 */
@SpringBootApplication
@EnableConfigurationProperties(CatalogSyncProperties.class)
public class CatalogSyncApplication {

    /**
     * Runs the sync and exits with 0 when every store synced.
     *
     * @param args Spring Boot arguments, e.g. {@code --catalog-sync.full=true}
     */
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(application().run(args)));
    }

    /** The application, with the embedded simulator for when no store is configured. */
    static SpringApplication application() {
        SpringApplication application = new SpringApplication(CatalogSyncApplication.class);
        application.addInitializers(new EmbeddedSimulator());
        return application;
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /**
     * The registry the starter's observations go to; each observation becomes a timer in {@link #meterRegistry()}
     * (Spring Boot's actuator does this by itself; the demo has no actuator).
     */
    @Bean
    ObservationRegistry observationRegistry(MeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return registry;
    }

    @Bean(destroyMethod = "close")
    StoreLeases storeLeases(CatalogSyncProperties properties) {
        return properties.workers().enabled() ? RedisStoreLeases.connect(properties.workers()) : StoreLeases.SOLO;
    }

    @Bean
    CatalogSyncRunner catalogSyncRunner(ObjectProvider<BigCommerceStores> stores, CatalogSyncProperties properties,
            MeterRegistry registry, StoreLeases leases) {
        return new CatalogSyncRunner(stores, properties, new ClientMetrics(registry), leases, System.out);
    }
}
