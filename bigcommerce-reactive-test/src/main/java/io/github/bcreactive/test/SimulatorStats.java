package io.github.bcreactive.test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters a test can read: requests by store, method and path; 429s served; the most concurrent
 * requests a store saw; bytes sent; OAuth tokens issued and customer logins. {@link #reset()} zeroes them.
 */
public final class SimulatorStats {

    /**
     * A storefront customer login the simulator accepted.
     *
     * @param storeHash the store signed in to
     * @param customerId the customer
     * @param redirectTo where the shopper was sent
     */
    public record CustomerLogin(String storeHash, long customerId, String redirectTo) {
    }

    /**
     * A webhook callback the simulator sent.
     *
     * @param hookId the subscription ({@code /v3/hooks/{id}})
     * @param scope the event, e.g. {@code store/product/created}
     * @param destination where it was posted
     * @param messageId its {@code webhook-id}
     * @param status the destination's answer; 0 when it did not answer
     */
    public record WebhookDelivery(long hookId, String scope, String destination, String messageId, int status) {
    }

    private static final class StoreCounters {
        final LongAdder requests = new LongAdder();
        final LongAdder rateLimited = new LongAdder();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        final Map<String, LongAdder> byCall = new ConcurrentHashMap<>();
        final Map<String, LongAdder> byUri = new ConcurrentHashMap<>();
    }

    private final Map<String, StoreCounters> stores = new ConcurrentHashMap<>();
    private final LongAdder bytesSent = new LongAdder();
    private final LongAdder tokensIssued = new LongAdder();
    private final LongAdder loginsRejected = new LongAdder();
    private final List<CustomerLogin> logins = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> webhookDeliveries = new CopyOnWriteArrayList<>();

    SimulatorStats() {
    }

    private StoreCounters store(String storeHash) {
        return stores.computeIfAbsent(storeHash, k -> new StoreCounters());
    }

    void request(String storeHash, String method, String path, String query) {
        StoreCounters counters = store(storeHash);
        counters.requests.increment();
        counters.byCall.computeIfAbsent(method + ' ' + path, k -> new LongAdder()).increment();
        counters.byUri.computeIfAbsent(method + ' ' + path + (query.isEmpty() ? "" : "?" + query),
                k -> new LongAdder()).increment();
    }

    void enter(String storeHash) {
        StoreCounters counters = store(storeHash);
        int now = counters.inFlight.incrementAndGet();
        counters.maxInFlight.accumulateAndGet(now, Math::max);
    }

    void exit(String storeHash) {
        store(storeHash).inFlight.decrementAndGet();
    }

    void served429(String storeHash) {
        store(storeHash).rateLimited.increment();
    }

    void sent(long bytes) {
        bytesSent.add(bytes);
    }

    void tokenIssued() {
        tokensIssued.increment();
    }

    void login(CustomerLogin login) {
        logins.add(login);
    }

    void loginRejected() {
        loginsRejected.increment();
    }

    /**
     * All store API requests, authenticated or not.
     *
     * @return the count
     */
    public long requests() {
        return stores.values().stream().mapToLong(c -> c.requests.sum()).sum();
    }

    /**
     * Store API requests to one store.
     *
     * @param storeHash the store hash
     * @return the count
     */
    public long requests(String storeHash) {
        StoreCounters counters = stores.get(storeHash);
        return counters == null ? 0 : counters.requests.sum();
    }

    /**
     * Requests to one store with this method and path.
     *
     * @param storeHash the store hash
     * @param method the HTTP method, e.g. {@code GET}
     * @param path the path after {@code /stores/{hash}}, without the query, e.g. {@code /v3/catalog/products}
     * @return the count
     */
    public long requests(String storeHash, String method, String path) {
        StoreCounters counters = stores.get(storeHash);
        LongAdder adder = counters == null ? null : counters.byCall.get(method + ' ' + path);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * One store's requests keyed by {@code "METHOD /path"}, sorted.
     *
     * @param storeHash the store hash
     * @return a snapshot
     */
    public Map<String, Long> requestsByCall(String storeHash) {
        Map<String, Long> out = new TreeMap<>();
        StoreCounters counters = stores.get(storeHash);
        if (counters != null) {
            counters.byCall.forEach((call, adder) -> out.put(call, adder.sum()));
        }
        return out;
    }

    /**
     * One store's requests keyed by {@code "METHOD /path?query"}, the exact request line, sorted. A call's retries
     * send the same request line, so the largest count is the most requests one call made (when no two calls of the
     * run send the same request line).
     *
     * @param storeHash the store hash
     * @return a snapshot
     */
    public Map<String, Long> requestsByUri(String storeHash) {
        Map<String, Long> out = new TreeMap<>();
        StoreCounters counters = stores.get(storeHash);
        if (counters != null) {
            counters.byUri.forEach((uri, adder) -> out.put(uri, adder.sum()));
        }
        return out;
    }

    /**
     * 429 responses served, with or without rate-limit headers.
     *
     * @return the count
     */
    public long rateLimited() {
        return stores.values().stream().mapToLong(c -> c.rateLimited.sum()).sum();
    }

    /**
     * 429 responses served for one store.
     *
     * @param storeHash the store hash
     * @return the count
     */
    public long rateLimited(String storeHash) {
        StoreCounters counters = stores.get(storeHash);
        return counters == null ? 0 : counters.rateLimited.sum();
    }

    /**
     * The most requests to one store that were in flight at the same time.
     *
     * @param storeHash the store hash
     * @return the peak
     */
    public int maxConcurrent(String storeHash) {
        StoreCounters counters = stores.get(storeHash);
        return counters == null ? 0 : counters.maxInFlight.get();
    }

    /**
     * Response body bytes sent, over every endpoint.
     *
     * @return the bytes
     */
    public long bytesSent() {
        return bytesSent.sum();
    }

    /**
     * Tokens issued by {@code POST /oauth2/token}.
     *
     * @return the count
     */
    public long tokensIssued() {
        return tokensIssued.sum();
    }

    /**
     * Customer logins accepted by {@code GET /login/token/{jwt}}, in order.
     *
     * @return a snapshot
     */
    public List<CustomerLogin> customerLogins() {
        return List.copyOf(logins);
    }

    /**
     * Customer login tokens refused (bad signature, expired, replayed, unknown store or customer).
     *
     * @return the count
     */
    public long customerLoginsRejected() {
        return loginsRejected.sum();
    }

    void webhookDelivered(WebhookDelivery delivery) {
        webhookDeliveries.add(delivery);
    }

    /**
     * The webhook callbacks sent so far, in the order they were answered.
     *
     * @return a snapshot
     */
    public List<WebhookDelivery> webhookDeliveries() {
        return List.copyOf(webhookDeliveries);
    }

    /**
     * Zeroes every counter (requests in flight keep being tracked).
     */
    public void reset() {
        stores.values().forEach(c -> {
            c.requests.reset();
            c.rateLimited.reset();
            c.maxInFlight.set(c.inFlight.get());
            c.byCall.clear();
            c.byUri.clear();
        });
        bytesSent.reset();
        tokensIssued.reset();
        loginsRejected.reset();
        logins.clear();
        webhookDeliveries.clear();
    }

    @Override
    public String toString() {
        return "SimulatorStats[requests=" + requests() + ", rateLimited=" + rateLimited() + ", bytesSent="
                + bytesSent() + "]";
    }
}
