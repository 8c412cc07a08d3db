package io.github.bcreactive.autoconfigure.observation;

import io.github.bcreactive.http.Transport;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

/**
 * The convention of the BigCommerce clients' attempt observations: Spring's WebClient key-values ({@code method},
 * {@code uri}, {@code status}, {@code outcome}, {@code exception}, {@code client.name}) under the name
 * {@value BigCommerceObservations#REQUESTS}, so they are not counted again in {@code http.client.requests}, with a
 * derived low-cardinality {@code uri} template and the library's key-values {@value BigCommerceObservations#ATTEMPT},
 * {@value BigCommerceObservations#RETRY_CAUSE}, {@value BigCommerceObservations#RATE_LIMIT_WAITED} and, opt-in,
 * {@value BigCommerceObservations#STORE}.
 */
public final class BigCommerceObservationConvention extends DefaultClientRequestObservationConvention {

    private final boolean storeTag;

    /**
     * Creates the convention.
     *
     * @param storeTag whether to add the store hash as a low-cardinality key-value
     */
    public BigCommerceObservationConvention(boolean storeTag) {
        super(BigCommerceObservations.REQUESTS);
        this.storeTag = storeTag;
    }

    @Override
    public String getContextualName(ClientRequestObservationContext context) {
        ClientRequest request = context.getRequest();
        return request == null ? "bigcommerce" : "bigcommerce " + request.method().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    protected KeyValue uri(ClientRequestObservationContext context) {
        if (context.getUriTemplate() != null || context.getRequest() == null) {
            return super.uri(context);
        }
        return KeyValue.of("uri", PathTemplates.template(context.getRequest().url().getRawPath()));
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
        ClientRequest request = context.getRequest();
        AttemptFacts facts = context.getOrDefault(AttemptFacts.class, AttemptFacts.UNKNOWN);
        Object attempt = request == null ? null : request.attribute(Transport.ATTEMPT_ATTRIBUTE).orElse(null);
        KeyValues values = super.getLowCardinalityKeyValues(context).and(
                KeyValue.of(BigCommerceObservations.ATTEMPT, attempt == null ? "unknown" : attempt.toString()),
                KeyValue.of(BigCommerceObservations.RETRY_CAUSE, facts.retryCause()),
                KeyValue.of(BigCommerceObservations.RATE_LIMIT_WAITED, facts.rateLimitWaited()));
        if (storeTag) {
            Object store = request == null ? null : request.attribute(Transport.STORE_ATTRIBUTE).orElse(null);
            values = values.and(BigCommerceObservations.STORE, store == null ? "unknown" : store.toString());
        }
        return values;
    }
}
