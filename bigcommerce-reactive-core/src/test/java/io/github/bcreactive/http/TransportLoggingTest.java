package io.github.bcreactive.http;

import static io.github.bcreactive.support.MockApi.STORE;
import static io.github.bcreactive.support.MockApi.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.NotFoundException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.test.StepVerifier;

/** One DEBUG line per exchange: method, path and query, status, elapsed milliseconds and store; never the token. */
class TransportLoggingTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(Transport.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previousLevel;
    private boolean previousAdditive;
    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private BigCommerceClient client;

    @BeforeEach
    void capture() {
        previousLevel = logger.getLevel();
        previousAdditive = logger.isAdditive();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        client = api.clientBuilder().clientId("app-client-id").build();
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditive);
    }

    @Test
    void aSuccessfulExchangeLogsOneDebugLine() {
        api.enqueue(200, "{\"data\":[]}");

        StepVerifier.create(client.v3().get("/catalog/products", Query.in("id", 1, 2, 3)))
                .expectNextCount(1)
                .verifyComplete();

        List<ILoggingEvent> events = appender.list;
        assertThat(events).hasSize(1);
        ILoggingEvent event = events.get(0);
        assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
        assertThat(event.getFormattedMessage()).matches("GET /stores/" + STORE
                + "/v3/catalog/products\\?id:in=1,2,3 -> 200 in \\d+ ms \\[store " + STORE + "]");
        assertNoSecrets(events);
    }

    @Test
    void aFailedExchangeLogsItsStatus() {
        api.enqueue(404, "{\"status\":404,\"title\":\"Not found\"}");

        StepVerifier.create(client.v2().get("/orders/9"))
                .expectError(NotFoundException.class)
                .verify();

        assertThat(appender.list).hasSize(1);
        assertThat(appender.list.get(0).getFormattedMessage())
                .matches("GET /stores/" + STORE + "/v2/orders/9 -> 404 in \\d+ ms \\[store " + STORE + "]");
        assertNoSecrets(appender.list);
    }

    @Test
    void nothingIsFormattedWhenDebugIsOff() {
        logger.setLevel(Level.INFO);
        api.enqueue(200, "{}");

        StepVerifier.create(client.v3().get("/store")).expectNextCount(1).verifyComplete();

        assertThat(appender.list).isEmpty();
    }

    private static void assertNoSecrets(List<ILoggingEvent> events) {
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
            assertThat(event.getArgumentArray()).allSatisfy(argument -> assertThat(String.valueOf(argument))
                    .doesNotContain(TOKEN));
        });
    }
}
