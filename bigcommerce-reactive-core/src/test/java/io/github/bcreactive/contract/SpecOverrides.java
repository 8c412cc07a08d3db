package io.github.bcreactive.contract;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Where the official spec is wrong, and what the contract harness does instead. Each entry cites the spec and path,
 * says what is wrong and is as narrow as it can be (one message key, one operation or spec). The list is printed by
 * the contract tests and documented in the README ("Contract tests").
 */
public final class SpecOverrides {

    /**
     * One correction: a validation message the harness does not count, with the reason.
     *
     * @param spec the spec file it applies to ({@code *} for any)
     * @param where the path or operation it applies to, as documentation
     * @param wrong what is wrong in the spec
     * @param ignores which validation messages of that spec it drops
     */
    public record Override(String spec, String where, String wrong,
            BiPredicate<SpecOperation, ValidationReport.Message> ignores) {
    }

    /** The corrections, in the order they are checked. */
    public static final List<Override> ALL = List.of(
            new Override("*", "GET and DELETE operations of 54 management specs (their shared `Content-Type` header "
                    + "parameter)", "declare `Content-Type: application/json` as a required header on bodyless GET "
                            + "and DELETE operations; a request without a body has no content type, and the API "
                            + "does not ask for one",
                    (op, message) -> (op.method().equals("GET") || op.method().equals("DELETE"))
                            && message.getKey().equals("validation.request.parameter.header.missing")
                            && message.getMessage().contains("'Content-Type'")),
            new Override("*", "POST operations without a request body (orders.v3.yml `captureOrderPayment`, "
                    + "`voidOrderPayment`)", "declare the shared `Content-Type: application/json` header as required "
                            + "on POSTs that declare no request body; a request without a body has no content type",
                    (op, message) -> op.method().equals("POST")
                            && message.getKey().equals("validation.request.parameter.header.missing")
                            && message.getMessage().contains("'Content-Type'")
                            && OfficialSpecs.index().declaration(op).getRequestBody() == null),
            new Override("subscribers.v3.yml", "GET /customers/subscribers, query parameter `id`",
                    "marks the optional `id` filter of the subscriber listing as required",
                    (op, message) -> op.path().equals("/customers/subscribers") && op.method().equals("GET")
                            && message.getKey().equals("validation.request.parameter.query.missing")
                            && message.getMessage().contains("'id'")),
            new Override("pages.v3.yml", "DELETE /content/pages and DELETE /content/pages/{pageId}",
                    "declare only `application/problem+json` error bodies beside a 204 without content, so no "
                            + "`Accept` header would do; the client's `Accept: application/json` is what the API "
                            + "expects",
                    (op, message) -> op.method().equals("DELETE") && op.path().startsWith("/content/pages")
                            && message.getKey().equals("validation.request.accept.notAllowed")),
            new Override("tax_classes.v3.yaml", "DELETE /tax/classes",
                    "declares only an `application/problem+json` error body beside a 204 without content, so no "
                            + "`Accept` header would do (as pages.v3.yml); the client's `Accept: application/json` "
                            + "is what the API expects",
                    (op, message) -> op.method().equals("DELETE") && op.path().equals("/tax/classes")
                            && message.getKey().equals("validation.request.accept.notAllowed")),
            new Override("locations.v3.yml", "`geo_coordinates` (`latitude`, `longitude`: `format: float`)",
                    "types the coordinates `format: float`; the validator refuses every decimal a 32-bit float "
                            + "does not hold exactly (its own example, 40.774378), which a JSON number never "
                            + "promises to",
                    (op, message) -> message.getKey().endsWith(".schema.format.float")),
            new Override("orders.v2.oas2.yml", "the order responses (`order_Resp`)",
                    "the order schema is closed (`additionalProperties: false`) and lacks `credit_card_type` and "
                            + "`custom_status`, which its own examples (and the API) return",
                    (op, message) -> message.getKey().equals("validation.response.body.schema.additionalProperties")
                            && message.getMessage().endsWith("[\"credit_card_type\",\"custom_status\"]")),
            new Override("*", "every v2 listing (GET)",
                    "v2 specs declare no 204 for listings; the API answers an empty listing, or a page past the "
                            + "last, with 204 No Content (docs: status codes; the client handles both)",
                    (op, message) -> op.version().equals("v2") && op.method().equals("GET")
                            && message.getKey().equals("validation.response.status.unknown")
                            && message.getMessage().startsWith("Response status 204 ")),
            new Override("*", "v2 creates (POST)",
                    "some v2 specs (orders.v2.oas2.yml `createOrder`) declare 200 for a create; the docs' status "
                            + "codes say a POST answers 201 Created, as the API and the simulator do",
                    (op, message) -> op.version().equals("v2") && op.method().equals("POST")
                            && message.getKey().equals("validation.response.status.unknown")
                            && message.getMessage().startsWith("Response status 201 ")),
            new Override("catalog/products_catalog.v3.yml", "product images in responses (and `include=images`)",
                    "the image response schemas are closed and lack `image_file`, which its own examples (and the "
                            + "API) return",
                    (op, message) -> (message.getKey().equals(
                            "validation.response.body.schema.additionalProperties")
                            && message.getMessage().endsWith("[\"image_file\"]")
                            || message.getKey().equals("validation.response.body.schema.oneOf")
                            && message.getNestedMessages().stream().anyMatch(nested -> nested.getMessage()
                                    .endsWith("[\"image_file\"]")))),
            new Override("catalog/products_catalog.v3.yml", "GET /catalog/products and GET /catalog/products/{id}",
                    "the product response schema is closed and lacks `variants`, which the same spec's `include` "
                            + "parameter (`include=variants`) adds",
                    (op, message) -> op.path().startsWith("/catalog/products") && op.method().equals("GET")
                            && message.getKey().equals("validation.response.body.schema.additionalProperties")
                            && message.getMessage().endsWith("[\"variants\"]")),
            new Override("catalog/product-variants_catalog.v3.yml", "the variant responses",
                    "the variant response schemas are closed and lack `map_price`, which its own examples (and the "
                            + "API) return",
                    (op, message) -> message.getKey().equals("validation.response.body.schema.additionalProperties")
                            && message.getMessage().endsWith("[\"map_price\"]")),
            new Override("webhooks.v3.yml", "GET /hooks",
                    "says the listing's `data` has at least one item (`minItems: 1`); a store without webhooks "
                            + "lists none",
                    (op, message) -> op.path().equals("/hooks") && op.method().equals("GET")
                            && message.getKey().equals("validation.response.body.schema.minItems")));

    private SpecOverrides() {
    }

    /**
     * The correction that drops a message, if one does.
     *
     * @param op the operation validated
     * @param message the validation message
     * @return the correction, or empty when the message counts
     */
    public static Optional<Override> dropping(SpecOperation op, ValidationReport.Message message) {
        return ALL.stream().filter(o -> (o.spec().equals("*") || o.spec().equals(op.spec()))
                && o.ignores().test(op, message)).findFirst();
    }
}
