package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Writes are checked against their operation's schema before they are sent: a create that lacks a required field
 * fails with a typed error naming it and sends nothing; read-only fields are left out of creates and updates.
 */
class BodyCheckTest {

    private final FakeStore store;
    private final BigCommerceClient client;

    BodyCheckTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aCreateLackingARequiredFieldFailsNamingItAndSendsNothing() {
        StepVerifier.create(client.catalog().brandsMetafields(7).create(Map.of("key", "colour", "value", "blue")))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(InvalidRequestException.class)
                            .hasMessageContaining("V3 POST /catalog/brands/{id}/metafields");
                    assertThat(((InvalidRequestException) e).missingFields())
                            .containsExactlyInAnyOrder("permission_set", "namespace");
                }).verify();
        StepVerifier.create(client.catalog().brands().create(Map.of("page_title", "Acme")))
                .expectErrorSatisfies(e -> assertThat(((InvalidRequestException) e).missingFields())
                        .containsExactly("name")).verify();
        StepVerifier.create(client.payments().createPaymentAccessToken(Map.of()))
                .expectError(InvalidRequestException.class).verify();

        assertThat(store.requests()).as("nothing was sent").isEmpty();
    }

    @Test
    void aBatchCreateNamesTheItemThatLacksAField() {
        List<Map<String, String>> customers = List.of(
                Map.of("email", "a@example.com", "first_name", "Ann", "last_name", "Lee"),
                Map.of("email", "b@example.com", "first_name", "Bo"));
        StepVerifier.create(client.customers().createAll(customers))
                .expectErrorSatisfies(e -> assertThat(((InvalidRequestException) e).missingFields())
                        .containsExactly("[1].last_name")).verify();
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void readOnlyFieldsAreLeftOutOfCreatesAndUpdates() {
        store.on("PUT /v3/catalog/brands/3", request -> FakeStore.json(200,
                "{\"data\":" + request.getBody().utf8() + ",\"meta\":{}}"));
        store.on("PUT /v3/catalog/products/5", request -> FakeStore.json(200,
                "{\"data\":" + request.getBody().utf8() + ",\"meta\":{}}"));

        StepVerifier.create(client.catalog().brands().update(3L, Map.of("id", 3, "name", "Acme")))
                .expectNextCount(1).verifyComplete();
        StepVerifier.create(client.catalog().products().update(5L, Map.of("name", "Shoe", "images",
                List.of(Map.of("id", 1, "url_zoom", "https://cdn/z.jpg", "is_thumbnail", true)))))
                .expectNextCount(1).verifyComplete();

        JsonNode brand = json(0);
        assertThat(brand.has("id")).as("a brand's id is read-only").isFalse();
        assertThat(brand.path("name").asString()).isEqualTo("Acme");
        JsonNode image = json(1).path("images").path(0);
        assertThat(image.has("url_zoom")).as("an image's url_zoom is read-only").isFalse();
        assertThat(image.path("is_thumbnail").asBoolean()).isTrue();
    }

    @Test
    void aBodyWithoutRulesIsSentAsItIs() {
        Object body = Map.of("anything", 1);
        assertThat(BodyCheck.apply(BigCommerceClient.Builder.defaultMapper(), io.github.bcreactive.api.ApiVersion.V3,
                org.springframework.http.HttpMethod.POST, "/no/such/{id}", body)).isSameAs(body);
    }

    private JsonNode json(int index) {
        return BigCommerceClient.Builder.defaultMapper().readTree(store.requests().get(index).getBody().utf8());
    }
}
