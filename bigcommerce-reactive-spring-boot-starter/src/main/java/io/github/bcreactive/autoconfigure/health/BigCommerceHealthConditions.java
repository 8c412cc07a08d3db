package io.github.bcreactive.autoconfigure.health;

import io.github.bcreactive.autoconfigure.BigCommerceProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition of the health contributor: some store is configured, one or many. */
final class BigCommerceHealthConditions {

    private BigCommerceHealthConditions() {
    }

    /** Matches when {@code bigcommerce.store-hash} (or {@code access-token}) or a {@code bigcommerce.stores} entry is set. */
    static final class AnyStore extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            BigCommerceProperties properties = Binder.get(context.getEnvironment())
                    .bindOrCreate(BigCommerceProperties.PREFIX, BigCommerceProperties.class);
            return properties.hasSingleStore() || !properties.stores().isEmpty()
                    ? ConditionOutcome.match("a BigCommerce store is configured")
                    : ConditionOutcome.noMatch("no BigCommerce store is configured");
        }
    }
}
