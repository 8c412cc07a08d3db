package io.github.bcreactive.autoconfigure;

import java.util.function.Predicate;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The conditions on which stores are configured, decided on the properties as they bind. */
final class BigCommerceStoreConditions {

    private BigCommerceStoreConditions() {
    }

    /** Matches when {@code bigcommerce.store-hash} or {@code bigcommerce.access-token} is set. */
    static final class SingleStore extends PropertiesCondition {
        SingleStore() {
            super(BigCommerceProperties::hasSingleStore, "bigcommerce.store-hash or bigcommerce.access-token is set");
        }
    }

    /** Matches when {@code bigcommerce.client-secret} is set. */
    static final class ClientSecret extends PropertiesCondition {
        ClientSecret() {
            super(BigCommerceProperties::hasClientSecret, "bigcommerce.client-secret is set");
        }
    }

    /** Matches when the bound properties pass a test. */
    abstract static class PropertiesCondition extends SpringBootCondition {

        private final Predicate<BigCommerceProperties> test;
        private final String description;

        PropertiesCondition(Predicate<BigCommerceProperties> test, String description) {
            this.test = test;
            this.description = description;
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            BigCommerceProperties properties = Binder.get(context.getEnvironment())
                    .bindOrCreate(BigCommerceProperties.PREFIX, BigCommerceProperties.class);
            return test.test(properties) ? ConditionOutcome.match(description)
                    : ConditionOutcome.noMatch("not: " + description);
        }
    }
}
