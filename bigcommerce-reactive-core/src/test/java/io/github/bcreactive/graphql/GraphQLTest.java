package io.github.bcreactive.graphql;

import static io.github.bcreactive.support.MockApi.STORE;
import static io.github.bcreactive.support.MockApi.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** The GraphQL Admin API: a POST to the store's GraphQL URL; errors in a 200 become a {@link GraphQLException}. */
class GraphQLTest {

    private static final String QUERY = "query($id: Int!) { site { product(entityId: $id) { name } } }";

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private BigCommerceClient client;

    @BeforeEach
    void connect() {
        client = api.client();
    }

    @Test
    void aQueryIsPostedWithItsVariablesAndReturnsTheResponse() {
        api.enqueue(200, "{\"data\":{\"site\":{\"product\":{\"name\":\"Mug\"}}}}");

        StepVerifier.create(client.graphql().query(QUERY, Map.of("id", 77)))
                .assertNext(result -> assertThat(result.at("/data/site/product/name").asString()).isEqualTo("Mug"))
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/stores/" + STORE + "/graphql");
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getBody().utf8())
                .isEqualTo("{\"query\":\"" + QUERY + "\",\"variables\":{\"id\":77}}");
    }

    @Test
    void errorsBecomeAGraphQLExceptionCarryingThemAndThePartialData() {
        api.enqueue(200, "{\"data\":{\"site\":null},\"errors\":["
                + "{\"message\":\"Field 'nme' doesn't exist\",\"locations\":[{\"line\":1,\"column\":9}]},"
                + "{\"message\":\"Not authorized\"}]}");

        StepVerifier.create(client.graphql().query("{ site { nme } }"))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(GraphQLException.class);
                    GraphQLException graphql = (GraphQLException) error;
                    assertThat(graphql.errors()).hasSize(2);
                    assertThat(graphql.errors().get(0).at("/locations/0/line").asInt()).isEqualTo(1);
                    assertThat(graphql.data().has("site")).isTrue();
                    assertThat(graphql.getMessage())
                            .isEqualTo("GraphQL query failed: Field 'nme' doesn't exist; Not authorized");
                })
                .verify();
    }

    @Test
    void anEmptyErrorsArrayIsASuccess() {
        api.enqueue(200, "{\"data\":{\"site\":{}},\"errors\":[]}");

        StepVerifier.create(client.graphql().query("{ site { id } }")).expectNextCount(1).verifyComplete();
    }

    @Test
    void aBasicAuthClientHasNoGraphQL() {
        BigCommerceClient basic = BigCommerceClient.builder().basicAuth(api.url(), "admin", "t0ken").build();

        StepVerifier.create(basic.graphql().query("{ site { id } }"))
                .expectError(IllegalStateException.class)
                .verify();
        assertThat(api.server().getRequestCount()).isZero();
    }
}
