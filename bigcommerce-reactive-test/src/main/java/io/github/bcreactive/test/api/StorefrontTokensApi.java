package io.github.bcreactive.test.api;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Storefront API tokens ({@code storefront_tokens.v3.yml}): {@code POST /v3/storefront/api-token} (storefront,
 * optional {@code allowed_cors_origins}, 1 or 2), {@code /api-token-private} ({@code scopes}, at least one of
 * Unauthenticated, Customer, B2B) and {@code /api-token-customer-impersonation}, each needing exactly one of
 * {@code channel_id} and {@code channel_ids} and an {@code expires_at} (422 otherwise); and
 * {@code DELETE /v3/storefront/api-token} with the token in {@code Sf-Api-Token}. The simulator answers 422 to a
 * revoke without the header, or of a token it did not issue to the store or already revoked (the spec lists 422 and
 * no 404). Tokens are opaque strings, unique per simulator.
 */
final class StorefrontTokensApi {

    private static final Set<String> SCOPES = Set.of("Unauthenticated", "Customer", "B2B");

    private final Map<String, Set<String>> issued = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong();

    Router register(Router router) {
        router.add("v3", "POST", "/storefront/api-token", (request, ids) -> create(request, "sf", true, false));
        router.add("v3", "POST", "/storefront/api-token-private", (request, ids) -> create(request, "pv", false,
                true));
        router.add("v3", "POST", "/storefront/api-token-customer-impersonation",
                (request, ids) -> create(request, "ci", false, false));
        router.add("v3", "DELETE", "/storefront/api-token", (request, ids) -> revoke(request));
        return router;
    }

    private ApiResponse create(ApiRequest request, String kind, boolean corsAllowed, boolean scoped) {
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw ApiErrors.invalid(request, "The request body must be a JSON object.", Map.of());
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        boolean one = body.hasNonNull("channel_id");
        boolean many = body.hasNonNull("channel_ids");
        if (one == many) {
            errors.put("channel_id", "exactly one of channel_id and channel_ids is required");
        } else if (one && (!body.get("channel_id").isIntegralNumber() || body.get("channel_id").asLong() < 1)) {
            errors.put("channel_id", "channel_id must be a positive integer");
        } else if (many && (!body.get("channel_ids").isArray() || body.get("channel_ids").isEmpty())) {
            errors.put("channel_ids", "channel_ids must be a non-empty array of channel ids");
        }
        if (!body.path("expires_at").isIntegralNumber() || body.path("expires_at").asLong() < 0) {
            errors.put("expires_at", "expires_at is required, as epoch seconds");
        }
        JsonNode origins = body.get("allowed_cors_origins");
        if (origins != null && (!corsAllowed || !origins.isArray() || origins.isEmpty() || origins.size() > 2)) {
            errors.put("allowed_cors_origins", corsAllowed ? "allowed_cors_origins takes 1 or 2 origins"
                    : "allowed_cors_origins is not accepted here");
        }
        if (scoped) {
            JsonNode scopes = body.get("scopes");
            boolean valid = scopes != null && scopes.isArray() && !scopes.isEmpty();
            if (valid) {
                for (JsonNode scope : scopes) {
                    valid &= scope.isString() && SCOPES.contains(scope.asString());
                }
            }
            if (!valid) {
                errors.put("scopes", "scopes needs at least one of " + SCOPES);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiErrors.invalid(request, "JSON data is missing or invalid", errors);
        }
        String token = kind + "_" + Long.toString(Seeds.hash(serial.incrementAndGet(), request.store().hash()
                .hashCode(), 31) & Long.MAX_VALUE, 36) + "_" + serial.get();
        issued.computeIfAbsent(request.store().hash(), hash -> ConcurrentHashMap.newKeySet()).add(token);
        ObjectNode out = Json.object();
        out.putObject("data").put("token", token);
        out.putObject("meta");
        return ApiResponse.json(200, out);
    }

    private ApiResponse revoke(ApiRequest request) {
        String token = request.header("Sf-Api-Token");
        if (token == null || token.isBlank()) {
            throw ApiErrors.invalid(request, "The Sf-Api-Token header is required", Map.of());
        }
        Set<String> tokens = issued.get(request.store().hash());
        if (tokens == null || !tokens.remove(token)) {
            throw ApiErrors.invalid(request, "The token is not one of this store's, or was already revoked",
                    Map.of());
        }
        return ApiResponse.empty(200);
    }
}
