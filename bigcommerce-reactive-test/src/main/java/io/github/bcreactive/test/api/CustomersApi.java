package io.github.bcreactive.test.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.bcreactive.test.store.CustomerRows;
import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.StoreData;
import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * v3 customers ({@code /customers}: offset and cursor paging, batch create and update of up to 10,
 * delete by {@code id:in}) and v3 webhooks ({@code /hooks}).
 */
final class CustomersApi {

    /** The most customers one create or update call may carry. */
    static final int CUSTOMER_BATCH = 10;

    private static final Map<String, String> CUSTOMER_FILTERS = Map.of("id", "id", "email", "email", "company",
            "company", "customer_group_id", "customer_group_id", "date_created", "date_created", "date_modified",
            "date_modified", "phone", "phone", "registration_ip_address", "registration_ip_address", "name",
            "last_name");

    private final Resource customers = Resource.topLevel("customer", StoreData::customers, CUSTOMER_FILTERS,
            List.of("email", "first_name", "last_name"), null, customerTemplate()).withCursor(true);

    private final Resource webhooks = Resource.topLevel("webhook", StoreData::webhooks,
            Map.of("is_active", "is_active", "scope", "scope", "destination", "destination"),
            List.of("scope", "destination"), null, webhookTemplate())
            .completer(CustomersApi::completeWebhook);

    Router register(Router router) {
        router.add("v3", "GET", "/customers", customers::list);
        router.add("v3", "POST", "/customers", this::createCustomers);
        router.add("v3", "PUT", "/customers", this::updateCustomers);
        router.add("v3", "DELETE", "/customers", customers::deleteMany);
        router.add("v3", "GET", "/hooks", webhooks::list);
        router.add("v3", "POST", "/hooks", webhooks::create);
        router.add("v3", "GET", "/hooks/{id}", webhooks::get);
        router.add("v3", "PUT", "/hooks/{id}", webhooks::update);
        router.add("v3", "DELETE", "/hooks/{id}", (request, ids) -> {
            ObjectNode hook = webhooks.find(request, ids);
            request.store().webhooks().delete(ids[0]);
            return webhooks.single(request, hook);
        });
        return router;
    }

    private List<ObjectNode> batch(ApiRequest request) {
        JsonNode json = request.json();
        if (!json.isArray()) {
            throw ApiErrors.invalid(request, "The request body must be a JSON array.", Map.of());
        }
        if (json.size() > CUSTOMER_BATCH) {
            throw new ApiException(ApiErrors.v3(413, "The request payload is too large. The maximum number of items "
                    + "allowed in the array is " + CUSTOMER_BATCH + ".", null, Map.of()));
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (JsonNode item : json) {
            if (!item.isObject()) {
                throw ApiErrors.invalid(request, "Every item must be a JSON object.", Map.of());
            }
            rows.add((ObjectNode) item);
        }
        return rows;
    }

    private ApiResponse createCustomers(ApiRequest request, long[] ids) {
        List<ObjectNode> items = batch(request);
        Map<String, String> errors = new LinkedHashMap<>();
        Table table = request.store().customers();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = items.get(i);
            int index = i;
            Rows.check(item, customerTemplate(), List.of("email", "first_name", "last_name"))
                    .forEach((field, message) -> errors.put(".customers." + index + "." + field, message));
            String email = Rows.text(item, "email");
            if (!email.isEmpty() && (emails.contains(email.toLowerCase()) || table.findByText("email", email, table.ids()) > 0)) {
                errors.put(".customers." + index + ".email", "Email address " + email + " is already in use");
            }
            emails.add(email.toLowerCase());
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ApiErrors.v3(422, "Error creating customers", null, errors));
        }
        return data(request, items.stream().map(item -> customers.insert(request, item, 0)).toList());
    }

    private ApiResponse updateCustomers(ApiRequest request, long[] ids) {
        List<ObjectNode> items = batch(request);
        Map<String, String> errors = new LinkedHashMap<>();
        Table table = request.store().customers();
        for (int i = 0; i < items.size(); i++) {
            JsonNode id = items.get(i).get("id");
            if (id == null || !id.isIntegralNumber() || !table.contains(id.asLong())) {
                errors.put(".customers." + i + ".id", "Please provide the id of an existing customer.");
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ApiErrors.v3(422, "Error updating customers", null, errors));
        }
        return data(request, items.stream()
                .map(item -> customers.change(request, table.get(item.get("id").asLong()), item)).toList());
    }

    private ApiResponse data(ApiRequest request, List<ObjectNode> rows) {
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        rows.forEach(row -> data.add(customers.render(request, row)));
        body.putObject("meta");
        return ApiResponse.json(200, body);
    }

    private static void completeWebhook(ApiRequest request, ObjectNode row, long unused) {
        String destination = Rows.text(row, "destination");
        if (!destination.startsWith("https://") && !WebhookDestinations.isLoopbackHttp(destination)) {
            throw ApiErrors.invalid(request, "JSON data is missing or invalid",
                    Map.of("destination", "destination must be an https URL"));
        }
        long now = request.context().nowSeconds();
        row.put("client_id", request.context().clientId());
        row.put("store_hash", request.store().hash());
        if (row.path("created_at").asLong(0) == 0) {
            row.put("created_at", now);
        }
        row.put("updated_at", now);
    }

    private static ObjectNode customerTemplate() {
        ObjectNode row = new CustomerRows(0).generate(1);
        row.put("company", "");
        row.put("phone", "");
        row.put("address_count", 0);
        row.put("accepts_product_review_abandoned_cart_emails", false);
        return row;
    }

    private static ObjectNode webhookTemplate() {
        ObjectNode row = Json.object();
        row.put("id", 0);
        row.put("client_id", "");
        row.put("store_hash", "");
        row.put("scope", "");
        row.put("destination", "");
        row.putNull("headers");
        row.put("is_active", true);
        row.put("created_at", 0);
        row.put("updated_at", 0);
        return row;
    }
}
