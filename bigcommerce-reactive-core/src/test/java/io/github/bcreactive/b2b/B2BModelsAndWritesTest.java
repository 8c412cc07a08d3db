package io.github.bcreactive.b2b;

import static io.github.bcreactive.support.MockApi.STORE;
import static io.github.bcreactive.support.MockApi.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.bcreactive.BigCommerceB2BClient;
import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.InvalidRequestException;
import io.github.bcreactive.http.FileUpload;
import io.github.bcreactive.model.generated.b2b.companies.CompanyStatusString;
import io.github.bcreactive.model.generated.b2b.companies.GetCompaniesResponseItem;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * B2B Edition's generated models and writes, on the exact requests a fake B2B host receives: answers decode into
 * camel-case records (unknown fields kept and written back), the company attachment goes as a
 * {@code multipart/form-data} form in the part its spec names, a create lacking a field its schema requires sends
 * nothing, and read-only fields are left out of a whole model written back.
 */
class B2BModelsAndWritesTest {

    private static final String COMPANY = "{\"code\":200,\"data\":{\"companyId\":42,\"companyName\":\"Acme\","
            + "\"companyStatus\":\"1\",\"bcGroupName\":\"Tier 3\",\"newField\":{\"a\":1}},\"meta\":{\"message\":"
            + "\"SUCCESS\"}}";

    @RegisterExtension
    final MockApi api = MockApi.perTest();

    private BigCommerceB2BClient b2b() {
        return api.clientBuilder().b2bUrl(api.url()).build().b2b();
    }

    @Test
    void anAnswerDecodesIntoItsCamelCaseModelAndKeepsWhatTheSpecDoesNotDeclare() {
        api.enqueue(200, COMPANY);

        GetCompaniesResponseItem company = b2b().companies().companies().get(42L).block();

        assertThat(company.companyId()).isEqualTo(42L);
        assertThat(company.companyName()).isEqualTo("Acme");
        assertThat(company.companyStatus()).isEqualTo(CompanyStatusString.of("1"));
        assertThat(company.extra()).containsOnlyKeys("newField");
        JsonNode written = BigCommerceClient.Builder.defaultMapper().valueToTree(company);
        assertThat(written.path("bcGroupName").asString()).isEqualTo("Tier 3");
        assertThat(written.path("newField").path("a").asInt()).isEqualTo(1);
        assertThat(written.has("bc_group_name")).isFalse();
    }

    @Test
    void theCompanyAttachmentIsAMultipartFormWithTheFileInTheAttachmentFilePart() {
        api.enqueue(200, "{\"code\":200,\"data\":{\"id\":\"5f1e\",\"fileName\":\"terms.pdf\"},\"meta\":{}}");
        byte[] pdf = "%PDF-1.7 terms".getBytes(StandardCharsets.US_ASCII);

        StepVerifier.create(b2b().companies().postCompaniesCompanyIdAttachments(42,
                        FileUpload.of(pdf, "terms.pdf", "application/pdf")))
                .assertNext(answer -> {
                    assertThat(answer.id()).isEqualTo("5f1e");
                    assertThat(answer.extra().get("fileName").asString()).isEqualTo("terms.pdf");
                })
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v3/io/companies/42/attachments");
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.getHeaders().get("X-Store-Hash")).isEqualTo(STORE);
        String contentType = request.getHeaders().get("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data;boundary=");
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        String body = new String(request.getBody().toByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(body.split("--" + boundary, -1)).as("one part between the opening and closing boundaries")
                .hasSize(3);
        assertThat(body).contains("Content-Disposition: form-data; name=\"attachmentFile\"; filename=\"terms.pdf\"")
                .contains("Content-Type: application/pdf").contains("%PDF-1.7 terms")
                .endsWith("--" + boundary + "--\r\n");
    }

    @Test
    void aCreateLackingAFieldItsSchemaRequiresSendsNothing() {
        StepVerifier.create(b2b().companies().companies().create(Map.of("companyName", "Acme",
                        "companyEmail", "buyer@example.com")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(InvalidRequestException.class,
                        invalid -> assertThat(invalid.missingFields()).containsExactly("companyPhone", "country",
                                "adminFirstName", "adminLastName", "adminEmail")))
                .verify();

        assertThat(api.server().getRequestCount()).isZero();
    }

    @Test
    void aWholeModelWrittenBackLeavesOutItsReadOnlyFields() {
        api.enqueue(200, COMPANY);
        api.enqueue(200, "{\"code\":200,\"data\":{\"companyId\":42},\"meta\":{\"message\":\"SUCCESS\"}}");
        GetCompaniesResponseItem company = b2b().companies().companies().get(42L).block();
        api.takeRequest();

        StepVerifier.create(b2b().companies().companies().update(42L, company)).expectNextCount(1).verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/api/v3/io/companies/42");
        JsonNode sent = BigCommerceClient.Builder.defaultMapper().readTree(request.getBody().utf8());
        assertThat(sent.has("companyId")).as("read-only in the update's schema").isFalse();
        assertThat(sent.path("companyName").asString()).isEqualTo("Acme");
        assertThat(sent.path("newField").path("a").asInt()).as("a field no schema declares is kept").isEqualTo(1);
    }

}
