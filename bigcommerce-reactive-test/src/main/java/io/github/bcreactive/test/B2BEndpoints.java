package io.github.bcreactive.test;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * {@code X-Requests-Remaining}, {@code X-Request-Window-Resets-After}) and a 429 once it is spent. It serves
 * {@code GET /companies} (offset/limit, {@code meta.pagination} with {@code totalCount}, highest id first) and
 * {@code GET /companies/{companyId}}, in the {@code {"code", "data", "meta"}} envelope.
 */
final class B2BEndpoints {

    /** The path prefix of the B2B Edition API. */
    static final String PREFIX = "/api/v3/io";

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
        if (path.equals("/companies")) {
            return companies(query);
        }
        if (path.startsWith("/companies/")) {
            long id = number(path.substring("/companies/".length()), -1);
            return id >= 1 && id <= companies ? envelope(200, company(id), "SUCCESS", null)
                    : envelope(404, Json.object(), "Company not found.", null);
        }
        return envelope(404, Json.object(), "The requested resource was not found.", null);
    }

    private ApiResponse companies(QueryParams query) {
        long limit = number(query.get("limit"), 10);
        long offset = number(query.get("offset"), 0);
        if (limit < 1 || limit > 250 || offset < 0) {
            return envelope(422, Json.object(), "limit must be 1 to 250 and offset at least 0.", null);
        }
        ArrayNode data = Json.array();
        for (long index = offset; index < Math.min(companies, offset + limit); index++) {
            data.add(company(companies - index));
        }
        ObjectNode pagination = Json.object();
        pagination.put("limit", limit);
        pagination.put("offset", offset);
        pagination.put("totalCount", companies);
        return envelope(200, data, "SUCCESS", pagination);
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
