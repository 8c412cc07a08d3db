package io.github.bcreactive.contract;

import java.util.Optional;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.RetryOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link ContractServer} answering with the official specs' examples, and a client pointed at it (store
 * {@code abc123}, no retries, so each call is one request).
 *
 * @param index the specs
 * @param server the stub server
 * @param client the client
 */
public record ExampleApi(SpecIndex index, ContractServer server, BigCommerceClient client) implements AutoCloseable {

    /**
     * Starts the stub server when the specs are there.
     *
     * @return the running stub and its client, or empty when the specs are absent (skip with
     *     {@link OfficialSpecs#MISSING})
     */
    public static Optional<ExampleApi> start() {
        if (OfficialSpecs.directory().isEmpty()) {
            return Optional.empty();
        }
        SpecIndex index = OfficialSpecs.index();
        ContractServer server = ContractServer.examples(index);
        return Optional.of(new ExampleApi(index, server, client(server, "abc123")));
    }

    /**
     * Another client of the same stub, for another store: its requests are told apart by their
     * {@code /stores/{storeHash}/} prefix, so several can call at once.
     *
     * @param storeHash the store hash
     * @return the client
     */
    public BigCommerceClient clientFor(String storeHash) {
        return client(server, storeHash);
    }

    private static BigCommerceClient client(ContractServer server, String storeHash) {
        return BigCommerceClient.builder().storeHash(storeHash).accessToken("contract-test-token")
                .apiUrl(server.baseUrl()).retry(RetryOptions.defaults().withMaxRetries(0)).build();
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * A test class's stub server: started before its tests when the specs are there, closed after them; each test
     * skips, saying why, when they are absent. Register it on a static field:
     * {@code @RegisterExtension static final ExampleApi.PerClass EXAMPLES = new ExampleApi.PerClass();}.
     */
    public static final class PerClass implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

        private ExampleApi api;

        /**
         * The running stub and its client.
         *
         * @return the stub; only called from a test, which runs only when the specs are there
         */
        public ExampleApi get() {
            return api;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            api = start().orElse(null);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            Assumptions.assumeTrue(api != null, OfficialSpecs.MISSING);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (api != null) {
                api.close();
            }
        }
    }
}
