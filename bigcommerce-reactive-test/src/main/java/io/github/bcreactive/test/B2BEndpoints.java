package io.github.bcreactive.test;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import io.github.bcreactive.test.api.ApiResponse;
import io.github.bcreactive.test.api.QueryParams;
import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.StoreData;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * B2B Edition's REST management API on the simulator, under {@code /api/v3/io}: a store is named by
 * {@code X-Store-Hash} and authenticated by its {@code X-Auth-Token}; every call spends the store's B2B budget (a
 * fixed window, 150 requests a minute by default, apart from the REST quota and shared with simulated other
 * integrations), answered with B2B Edition's headers ({@code X-Requests-Allocated: 150 times/60 s},
 * {@code X-Requests-Remaining}, {@code X-Request-Window-Resets-After}) and a 429 once it is spent. It serves the
 * companies, their users (two a company: an admin, then a junior buyer) and their addresses (one a company), each
 * as a listing ({@code GET /companies}, {@code /users}, {@code /addresses}: offset/limit, {@code meta.pagination}
 * with {@code totalCount}, highest id first; users and addresses filtered by {@code companyId}) and by id, in the
 * {@code {"code", "data", "meta"}} envelope, shaped as company.yaml, user.yaml and address.yaml declare them.
 */
final class B2BEndpoints {

    /** The path prefix of the B2B Edition API. */
    static final String PREFIX = "/api/v3/io";

    /** Each company's users: an admin, then a junior buyer. */
    private static final int USERS_PER_COMPANY = 2;

    private final Map<String, StoreData> stores;
    private final Map<String, QuotaWindow> budgets = new ConcurrentHashMap<>();
    private final int quota;
    private final long windowMillis;
    private final double otherIntegrationsRate;
    private final int companies;
    private final Clock clock;
    private final SimulatorStats stats;

    B2BEndpoints(Map<String, StoreData> stores, int quota, long windowMillis, double otherIntegrationsRate,
            int companies, Clock clock, SimulatorStats stats) {
        this.stores = stores;
        this.quota = quota;
        this.windowMillis = windowMillis;
        this.otherIntegrationsRate = otherIntegrationsRate;
        this.companies = companies;
        this.clock = clock;
        this.stats = stats;
        stores.keySet().forEach(hash -> budgets.put(hash, new QuotaWindow(quota, windowMillis)));
    }

    void reset() {
        budgets.values().forEach(QuotaWindow::reset);
    }

    /** Answers one call; {@code path} is under {@link #PREFIX}. */
    ApiResponse handle(String method, String path, String query, Map<String, String> headers) {
        String hash = headers.get("x-store-hash");
        StoreData store = hash == null ? null : stores.get(hash);
        if (store == null || !store.acceptsToken(headers.get("x-auth-token"))) {
            return envelope(401, Json.object(), "A valid X-Auth-Token and X-Store-Hash are required.", null);
        }
        stats.request(hash, method, "/b2b" + path, query);
        QuotaWindow.Outcome outcome = budgets.get(hash).acquire(clock.millis(), otherIntegrationsRate);
        if (!outcome.allowed()) {
            stats.served429(hash);
            return withBudget(envelope(429, Json.object(), "Too many requests.", null), outcome);
        }
        return withBudget(route(method, path, QueryParams.parse(query)), outcome);
    }

    private ApiResponse route(String method, String path, QueryParams query) {
        if (!"GET".equals(method)) {
            return envelope(405, Json.object(), "Method not allowed.", null);
        }
        switch (path) {
            case "/companies" -> {
                return listing(query, companies, 0, B2BEndpoints::company);
            }
            case "/users" -> {
                return byCompany(query, USERS_PER_COMPANY, B2BEndpoints::user);
            }
            case "/addresses" -> {
                return byCompany(query, 1, B2BEndpoints::address);
            }
            default -> {
                return one(path, "/companies/", companies, B2BEndpoints::companyDetails, "Company")
                        .or(() -> one(path, "/users/", (long) companies * USERS_PER_COMPANY, B2BEndpoints::user,
                                "User"))
                        .or(() -> one(path, "/addresses/", companies, B2BEndpoints::address, "Address"))
                        .orElseGet(() -> envelope(404, Json.object(), "The requested resource was not found.", null));
            }
        }
    }

    /** The users ({@code perCompany} 2) or addresses (1) of every company, or of the one {@code companyId} names. */
    private ApiResponse byCompany(QueryParams query, int perCompany, LongFunction<ObjectNode> item) {
        String company = query.get("companyId");
        if (company == null || company.isEmpty()) {
            return listing(query, (long) companies * perCompany, 0, item);
        }
        long companyId = number(company, -1);
        boolean known = companyId >= 1 && companyId <= companies;
        // a company's items are the ids (companyId - 1) * perCompany + 1 to companyId * perCompany
        return listing(query, known ? perCompany : 0, known ? (companyId - 1) * perCompany : 0, item);
    }

    /**
     * A page of a listing of {@code total} items whose ids count down from {@code total + below}: offset and limit
     * as B2B Edition takes them, {@code meta.pagination} with {@code totalCount}.
     */
    private static ApiResponse listing(QueryParams query, long total, long below, LongFunction<ObjectNode> item) {
        long limit = number(query.get("limit"), 10);
        long offset = number(query.get("offset"), 0);
        if (limit < 1 || limit > 250 || offset < 0) {
            return envelope(422, Json.object(), "limit must be 1 to 250 and offset at least 0.", null);
        }
        ArrayNode data = Json.array();
        for (long index = offset; index < Math.min(total, offset + limit); index++) {
            data.add(item.apply(total + below - index));
        }
        ObjectNode pagination = Json.object();
        pagination.put("limit", limit);
        pagination.put("offset", offset);
        pagination.put("totalCount", total);
        return envelope(200, data, "SUCCESS", pagination);
    }

    /** {@code GET <prefix><id>}, when the path is one: the item, or a 404 for an id out of range. */
    private static Optional<ApiResponse> one(String path, String prefix, long count, LongFunction<ObjectNode> item,
            String what) {
        if (!path.startsWith(prefix) || path.indexOf('/', prefix.length()) >= 0) {
            return Optional.empty();
        }
        long id = number(path.substring(prefix.length()), -1);
        return Optional.of(id >= 1 && id <= count ? envelope(200, item.apply(id), "SUCCESS", null)
                : envelope(404, Json.object(), what + " not found.", null));
    }

    private static ObjectNode company(long id) {
        ObjectNode company = Json.object();
        company.put("companyId", id);
        company.put("companyName", "Company " + id);
        // company.yaml's companyData_RESPONSE: the status a string enum, the timestamps Unix seconds as strings
        company.put("companyStatus", "1");
        company.put("companyEmail", "buyer" + id + "@example.com");
        company.put("bcGroupId", (int) (id % 7) + 1);
        company.put("createdAt", String.valueOf(1_600_000_000L + id));
        company.put("updatedAt", String.valueOf(1_700_000_000L + id));
        return company;
    }

    /** One company as its own endpoint declares it: as in the listing, but bcGroupId a string (company.yaml). */
    private static ObjectNode companyDetails(long id) {
        ObjectNode company = company(id);
        company.put("bcGroupId", company.get("bcGroupId").asString());
        return company;
    }

    /** A user as user.yaml's userResponse declares it: Unix-second timestamps, a role number, its company's id. */
    private static ObjectNode user(long id) {
        long companyId = (id + USERS_PER_COMPANY - 1) / USERS_PER_COMPANY;
        boolean admin = id % USERS_PER_COMPANY == 1;
        ObjectNode user = Json.object();
        user.put("id", id);
        user.put("companyId", companyId);
        user.put("firstName", admin ? "Ada" : "Ben");
        user.put("lastName", "Buyer " + id);
        user.put("email", "user" + id + "@example.com");
        user.put("phoneNumber", "512-200-" + String.format(Locale.ROOT, "%04d", id % 10_000));
        user.put("role", admin ? 0 : 2);
        user.put("customerId", 10_000 + id);
        user.put("createdAt", 1_600_000_000L + id);
        user.put("updatedAt", 1_700_000_000L + id);
        user.putArray("channelList").addObject().put("channelId", 1).put("channelName", "Default Storefront");
        return user;
    }

    /** A company's address as address.yaml's addressFields_GET declares it; its id is its company's. */
    private static ObjectNode address(long id) {
        ObjectNode address = Json.object();
        address.put("addressId", id);
        address.put("companyId", id);
        address.put("firstName", "Ada");
        address.put("lastName", "Buyer " + id);
        address.put("addressLine1", id + " Bluebonnet Lane");
        address.put("city", "Austin");
        address.put("stateName", "Texas");
        address.put("stateCode", "TX");
        address.put("countryName", "United States");
        address.put("countryCode", "US");
        address.put("zipCode", "78704");
        address.put("isBilling", true);
        address.put("isShipping", true);
        address.put("isDefaultBilling", true);
        address.put("isDefaultShipping", true);
        return address;
    }

    private static ApiResponse envelope(int code, tools.jackson.databind.JsonNode data, String message,
            ObjectNode pagination) {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.set("data", data);
        ObjectNode meta = body.putObject("meta");
        meta.put("message", message);
        if (pagination != null) {
            meta.set("pagination", pagination);
        }
        return ApiResponse.json(code, body);
    }

    private static ApiResponse withBudget(ApiResponse response, QuotaWindow.Outcome outcome) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.put("X-Requests-Allocated", outcome.quota() + " times/" + seconds(outcome.windowMillis()) + " s");
        headers.put("X-Requests-Remaining", outcome.left() + " times");
        headers.put("X-Request-Window-Resets-After", seconds(outcome.resetMillis()) + " s");
        return new ApiResponse(response.status(), response.contentType(), response.body(), headers);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static long number(String text, long fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
