package io.github.bcreactive.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Which operations upload a file, and in which form part: the property of the request's
 * {@code multipart/form-data} schema declared {@code format: binary}, else one named like a file
 * ({@code image_file}, {@code LogoFile}, {@code file}). The one upload whose schema names no file part (its
 * description states it) is in a short table.
 */
final class Uploads {

    /** Uploads whose multipart schema declares no file part; the spec's description names it. */
    private static final Map<String, String> DOCUMENTED = Map.of(
            // product-variants: "image_file: Form posts" in the description; the schema lists image_url only
            "POST /catalog/products/{product_id}/variants/{variant_id}/image", "image_file");

    private static final Pattern FILE_NAME = Pattern.compile("(?:.+_)?file|[A-Za-z]+File");

    private Uploads() {
    }

    /**
     * The file part of an operation's multipart form.
     *
     * @param doc the spec, for {@code $ref}s
     * @param key {@code METHOD /path}
     * @param requestBody the operation's request body, resolved
     * @return the part's name, or {@code ""} when the operation uploads no file
     */
    static String filePart(JsonNode doc, String key, JsonNode requestBody) {
        JsonNode form = requestBody.path("content").path("multipart/form-data");
        if (form.isMissingNode()) {
            return "";
        }
        String named = "";
        Deque<JsonNode> schemas = new ArrayDeque<>();
        schemas.add(form.path("schema"));
        for (int seen = 0; !schemas.isEmpty() && seen < 32; seen++) {
            JsonNode schema = SpecReader.resolve(doc, schemas.poll());
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                JsonNode type = SpecReader.resolve(doc, property.getValue());
                if (type.path("format").asString("").equals("binary")) {
                    return property.getKey();
                }
                if (named.isEmpty() && FILE_NAME.matcher(property.getKey()).matches()) {
                    named = property.getKey();
                }
            }
            for (String combiner : new String[] {"allOf", "oneOf", "anyOf"}) {
                schema.path(combiner).forEach(schemas::add);
            }
        }
        return named.isEmpty() ? DOCUMENTED.getOrDefault(key, "") : named;
    }
}
