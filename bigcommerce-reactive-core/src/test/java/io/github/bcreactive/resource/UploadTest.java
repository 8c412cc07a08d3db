package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.http.FileUpload;
import io.github.bcreactive.model.generated.catalog.ImageUrl;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the management specs that uploads a file is reached by a generated method taking a
 * {@link FileUpload}, and sends a {@code multipart/form-data} form whose file part has the name its spec declares;
 * checked on the bytes a fake store receives.
 */
class UploadTest {

    /** The file uploads of the specs, with the part each declares (facts read from the specs, not the generator). */
    private static final Map<String, String> PARTS = new TreeMap<>(Map.of(
            "POST /catalog/brands/{}/image", "image_file",
            "POST /catalog/categories/{}/image", "image_file",
            "POST /catalog/products/{}/modifiers/{}/values/{}/image", "image_file",
            "POST /catalog/products/{}/variants/{}/image", "image_file",
            "POST /catalog/products/{}/images", "image_file",
            "PUT /catalog/products/{}/images/{}", "image_file",
            "POST /storefront/redirects/imex/import", "import_file",
            "POST /themes", "file",
            "POST /settings/favicon/image", "FaviconFile",
            "POST /settings/logo/image", "LogoFile"));

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};

    private final FakeStore store;
    private final BigCommerceClient client;

    UploadTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    /** Every generated method taking a {@link FileUpload}, by family accessor. */
    private static List<Method[]> uploadMethods() {
        List<Method[]> found = new ArrayList<>();
        List<Method> families = new ArrayList<>(Arrays.asList(StoreResources.class.getMethods()));
        families.removeIf(m -> m.getParameterCount() > 0 || m.getName().equals("v2") || m.getName().equals("v3"));
        families.sort(Comparator.comparing(Method::getName));
        for (Method family : families) {
            for (Method method : family.getReturnType().getMethods()) {
                if (Arrays.asList(method.getParameterTypes()).contains(FileUpload.class)) {
                    found.add(new Method[] {family, method});
                }
            }
        }
        return found;
    }

    @Test
    void everyFileUploadOfTheSpecsIsSentAsAMultipartFormWithItsPart() throws Exception {
        Map<String, String> sent = new TreeMap<>();
        Map<String, Type> answers = new TreeMap<>();
        for (Method[] pair : uploadMethods()) {
            Method method = pair[1];
            Class<?>[] types = method.getParameterTypes();
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = types[i] == long.class ? (Object) (7L + i) : FileUpload.of(PNG, "front.png", "image/png")
                        .withField("description", "Front");
            }
            store.requests().clear();
            routeEverything(method.getName());
            reactor.core.publisher.Mono<?> call = (reactor.core.publisher.Mono<?>) method.invoke(
                    pair[0].invoke(client), args);
            StepVerifier.create(call).expectNextCount(1).verifyComplete();

            assertThat(store.requests()).hasSize(1);
            RecordedRequest request = store.requests().get(0);
            String contentType = request.getHeaders().get("Content-Type");
            assertThat(contentType).as(method.getName()).startsWith("multipart/form-data;boundary=");
            String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
            Map<String, Part> parts = parts(request.getBody().toByteArray(), boundary);
            String file = parts.entrySet().stream().filter(part -> part.getValue().filename != null)
                    .map(Map.Entry::getKey).findFirst().orElse("none");
            assertThat(parts.get(file).filename).isEqualTo("front.png");
            assertThat(parts.get(file).contentType).isEqualTo("image/png");
            assertThat(parts.get(file).body).isEqualTo(PNG);
            assertThat(new String(parts.get("description").body, StandardCharsets.UTF_8)).isEqualTo("Front");
            String key = request.getMethod() + " " + FakeStore.target(request).replaceFirst("^/v3", "")
                    .replaceAll("/\\d+", "/{}");
            sent.put(key, file);
            answers.put(key, ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0]);
        }
        assertThat(sent).isEqualTo(PARTS);
        // each upload answers its operation's generated model, as its named method would; JsonNode where none
        answers.forEach((key, answer) -> assertThat(answer).as(key)
                .isEqualTo(OperationModels.RESPONSES.getOrDefault("V3 " + key, JsonNode.class)));
        assertThat(answers.values()).as("most uploads have a schema for their answer")
                .filteredOn(answer -> answer != JsonNode.class).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void anUploadAnswersItsOperationsModelAndJsonNodeOnlyWhereTheSpecGivesNoSchema() {
        store.on("POST /v3/catalog/brands/7/image", 200,
                "{\"data\":{\"image_url\":\"https://cdn.example/b.png\",\"width\":40},\"meta\":{}}");
        store.on("POST /v3/themes", 201, "{\"data\":{\"job_id\":\"j-1\"},\"meta\":{}}");
        FileUpload png = FileUpload.of(PNG, "b.png", "image/png");

        StepVerifier.create(client.catalog().createBrandImage(7, png))
                .assertNext(image -> {
                    assertThat(image).isInstanceOf(ImageUrl.class);
                    assertThat(image.imageUrl()).isEqualTo("https://cdn.example/b.png");
                    assertThat(image.extra().get("width").asInt()).as("undeclared fields kept").isEqualTo(40);
                })
                .verifyComplete();
        StepVerifier.create(client.content().uploadStoreTheme(FileUpload.of(PNG, "t.zip", "application/zip")))
                .assertNext(job -> assertThat(job.jobId()).isEqualTo("j-1"))
                .verifyComplete();

    }

    @Test
    void theOperationsWithAFileUploadAreExactlyTheMultipartOnesOfTheTable() {
        List<String> multipart = Operations.all().stream()
                .filter(op -> op.body() == Operation.Body.MULTIPART || op.body() == Operation.Body.JSON_OR_MULTIPART)
                .map(op -> op.method() + " " + op.path().replaceAll("\\{[^/}]+}", "{}")).sorted().toList();
        // the refund quote takes its JSON object as a form too: no file, so no upload method
        assertThat(multipart).containsAll(PARTS.keySet())
                .containsExactlyInAnyOrderElementsOf(concat(PARTS.keySet(), "POST /orders/{}/payment_actions/refund_quotes"));
    }

    @Test
    void aFileOnDiskIsReadAsTheRequestIsWrittenAndItsTypeComesFromItsName(@TempDir Path dir) throws Exception {
        Path logo = dir.resolve("logo.png");
        Files.write(logo, PNG);
        store.on("POST /v3/settings/logo/image", 204, "");

        StepVerifier.create(client.store().createSettingsLogoImage(FileUpload.of(logo))).verifyComplete();

        RecordedRequest request = store.requests().get(0);
        String contentType = request.getHeaders().get("Content-Type");
        Part part = parts(request.getBody().toByteArray(), contentType.substring(contentType.indexOf("boundary=") + 9))
                .get("LogoFile");
        assertThat(part.filename).isEqualTo("logo.png");
        assertThat(part.contentType).isEqualTo("image/png");
        assertThat(part.body).isEqualTo(PNG);
    }

    @Test
    void aPostedUploadIsNotRetriedAfterA5xxButIsSentWholeAgainAfterA429() {
        store.on("POST /v3/catalog/products/7/images", 503, "{\"status\":503,\"title\":\"busy\"}");
        StepVerifier.create(client.catalog().createProductImage(7, FileUpload.of(PNG, "a.png", "image/png")))
                .expectError(ServerException.class).verify();
        assertThat(store.requests()).hasSize(1);

        store.requests().clear();
        store.onFirstThen("POST /v3/catalog/products/7/images",
                new MockResponse.Builder().code(429).addHeader("X-Rate-Limit-Time-Reset-Ms", "1")
                        .addHeader("Content-Type", "application/json").body("{\"status\":429}").build(),
                FakeStore.json(200, "{\"data\":{\"id\":9},\"meta\":{}}"));
        StepVerifier.create(client.catalog().createProductImage(7, FileUpload.of(PNG, "a.png", "image/png")))
                .expectNextCount(1).verifyComplete();
        assertThat(store.requests()).hasSize(2).allSatisfy(request -> assertThat(indexOf(request.getBody()
                .toByteArray(), PNG)).as("the whole file on each attempt").isNotNegative());
    }

    @Test
    void aPutUploadIsRetriedAfterA5xxWhenTheRetryOptionsListPut() {
        store.onFirstThen("PUT /v3/catalog/products/7/images/9",
                FakeStore.json(503, "{\"status\":503,\"title\":\"busy\"}"),
                FakeStore.json(200, "{\"data\":{\"id\":9},\"meta\":{}}"));

        StepVerifier.create(client.withOptions(FakeStore.RETRYING_PUT).catalog()
                        .updateProductImage(7, 9, FileUpload.of(PNG, "a.png", "image/png")))
                .expectNextCount(1).verifyComplete();
        assertThat(store.requests()).hasSize(2).allSatisfy(request -> assertThat(indexOf(request.getBody()
                .toByteArray(), PNG)).isNotNegative());
    }

    @Test
    void anUploadShowsNeitherItsContentNorItsFieldValues() {
        FileUpload upload = FileUpload.of("secret-bytes".getBytes(StandardCharsets.UTF_8), "a.csv", "text/csv")
                .withField("note", "hidden-value");
        assertThat(upload.toString()).contains("a.csv", "text/csv", "note").doesNotContain("secret-bytes",
                "hidden-value");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileUpload.of(PNG, "a\".png", "image/png"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileUpload.of(PNG, "a.png", "not a type"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'contentType'");
    }

    private void routeEverything(String name) {
        for (String key : PARTS.keySet()) {
            String path = key.substring(key.indexOf(' ') + 1);
            StringBuilder filled = new StringBuilder();
            long id = 7;
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    filled.append('/').append(segment.equals("{}") ? String.valueOf(id++) : segment);
                }
            }
            store.on(key.substring(0, key.indexOf(' ')) + " /v3" + filled, 200,
                    "{\"data\":{\"image_url\":\"https://cdn.example/" + name.toLowerCase(Locale.ROOT) + "\"}}");
        }
    }

    private static List<String> concat(java.util.Collection<String> keys, String more) {
        List<String> all = new ArrayList<>(keys);
        all.add(more);
        return all;
    }

    /** One part of a multipart body. */
    private record Part(String filename, String contentType, byte[] body) {
    }

    /** Parses a multipart body by its boundary: each part's name, file name, type and bytes. */
    static Map<String, Part> parts(byte[] body, String boundary) {
        Map<String, Part> parts = new TreeMap<>();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int next = indexOf(body, delimiter, start);
            byte[] part = Arrays.copyOfRange(body, start + 2, next - 2);
            int split = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String headers = new String(part, 0, split, StandardCharsets.ISO_8859_1);
            String name = value(headers, "name=\"");
            String contentType = headers.lines().filter(line -> line.toLowerCase(Locale.ROOT)
                    .startsWith("content-type:")).map(line -> line.substring(13).trim()).findFirst().orElse(null);
            parts.put(name, new Part(value(headers, "filename=\""), contentType,
                    Arrays.copyOfRange(part, split + 4, part.length)));
            at = next;
        }
        return parts;
    }

    private static String value(String headers, String key) {
        int at = headers.indexOf(key);
        if (at < 0 || (key.equals("name=\"") && at > 0 && headers.charAt(at - 1) != ' ' && headers.charAt(at - 1)
                != ';')) {
            return at < 0 ? null : value(headers.substring(at + key.length()), key);
        }
        return headers.substring(at + key.length(), headers.indexOf('"', at + key.length()));
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
