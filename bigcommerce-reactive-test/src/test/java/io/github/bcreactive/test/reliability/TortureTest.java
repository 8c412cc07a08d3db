package io.github.bcreactive.test.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.BigCommerceException;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.model.generated.customers.Customer;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;
import io.github.bcreactive.test.HostileRateLimitHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The torture run: each hostile fault mode of the simulator, over several runs with different seeds, drives the
 * client through listings of 50,000 items (or the calls the mode is about). Each mode prints its figures and asserts
 * the client's guarantees:
 * <ul>
 *   <li><b>items lost</b>: a listing that completes holds every item; one that fails holds a gap-free prefix (items
 *       come out in id order), so nothing is skipped silently;</li>
 *   <li><b>items duplicated</b>: no item comes out twice;</li>
 *   <li><b>calls beyond their deadline</b>: no call keeps its caller waiting longer than {@link #CALL_DEADLINE} (for
 *       a listing: no page arrives more than that after the one before);</li>
 *   <li><b>untyped exceptions</b>: every failure is a {@link BigCommerceException};</li>
 *   <li><b>the most requests one call made</b> (the most times the simulator saw one exact request line) stays
 *       within {@link #MAX_REQUESTS_PER_CALL}.</li>
 * </ul>
 * Modes whose faults are transient also require every run to complete. The client retries GETs 3 times, 5 ms to
 * 50 ms apart, gives an attempt 2 s, and waits out at most 3 s of 429s per call; the quota window is 1 s, so the
 * longest wait a well-behaved client takes on hostile rate-limit headers is 1 s.
 */
class TortureTest {

    private static final int ITEMS = 50_000;
    private static final long SEED = 13_013L;
    /** Worst honest page: 4 attempts of 2 s, backoffs, 3 s of 429 waits and a 1 s limiter wait, with room to spare. */
    static final Duration CALL_DEADLINE = Duration.ofSeconds(15);
    /** A last guard for the test itself; the per-page deadline ends a stalled listing long before. */
    private static final Duration LISTING_GUARD = Duration.ofMinutes(3);
    /** Only ids are asked for, so a 50,000-item listing costs the simulator and the client little. */
    private static final Query IDS = Query.of("include_fields", "id");
    /** Retries of failures (3) plus a bounded number of 429 retries, with room to spare. */
    static final int MAX_REQUESTS_PER_CALL = 20;

    private static final Map<String, Figures> REPORT = Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** One run: a data set and what the client is asked. */
    record Run(String label, long products, int customers, long expected,
            Function<BigCommerceClient, Flux<List<Long>>> pages) {

        @Override
        public String toString() {
            return label;
        }
    }

    /** The figures of one mode, summed over its runs. */
    static final class Figures {
        int runs;
        int completed;
        long items;
        long lost;
        long duplicated;
        int beyondDeadline;
        int untyped;
        int typedFailures;
        long mostRequestsPerCall;
        long longestWaitMillis;
        long requests;
        long elapsedMillis;
        final Set<String> failures = new java.util.TreeSet<>();

        @Override
        public String toString() {
            return String.format("runs %d (completed %d) | items %,d | lost %d | duplicated %d | beyond deadline %d "
                    + "| untyped %d | typed failures %d | most requests/call %d | longest wait %d ms | requests %,d | %.1f s%s",
                    runs, completed, items, lost, duplicated, beyondDeadline, untyped, typedFailures,
                    mostRequestsPerCall, longestWaitMillis, requests, elapsedMillis / 1000.0,
                    failures.isEmpty() ? "" : " | " + failures);
        }
    }

    static Stream<Arguments> modes() {
        List<Run> listings = List.of(
                new Run("typed iterAll, v3 page numbers", ITEMS, 10, ITEMS, client -> client.catalog().products()
                        .iterAll(IDS).byPage().map(page -> ids(page, Product::id))),
                new Run("v3 cursor", ITEMS, 10, ITEMS, client -> client.v3().getMany("/catalog/products",
                        IDS.with("after", ""), PagingStyle.CURSOR).byPage().map(TortureTest::jsonIds)),
                // v2 has no include_fields: customers are its lightest 50,000-row listing
                new Run("v2 pages", 10, ITEMS, ITEMS, client -> client.v2().getMany("/customers").byPage()
                        .map(TortureTest::jsonIds)));
        List<Run> singleCalls = List.of(
                new Run("v3 GET of one product", 10, 10, 1, client -> client.v3().get("/catalog/products/1")
                        .map(body -> List.of(body.path("data").path("id").asLong())).flux()),
                new Run("v3 GET of one page", 10, 10, 10, client -> client.v3().getMany("/catalog/products",
                        Query.of("page", 1)).byPage().map(TortureTest::jsonIds)),
                new Run("v2 GET of one page", 10, 10, 10, client -> client.v2().getMany("/products",
                        Query.of("page", 1)).byPage().map(TortureTest::jsonIds)));
        List<Run> cursorOnly = List.of(
                new Run("typed customers, 120 on one page", 0, 120, 120, client -> client.customers()
                        .iterAll(IDS).byPage().map(page -> ids(page, Customer::id))),
                new Run("v3 getMany /customers, 120 on one page", 0, 120, 120, client -> client.v3()
                        .getMany("/customers", IDS, PagingStyle.CURSOR).byPage().map(TortureTest::jsonIds)),
                new Run("v3 getMany /customers, 50,000 by cursor", 0, ITEMS, ITEMS, client -> client.v3()
                        .getMany("/customers", IDS, PagingStyle.CURSOR).byPage().map(TortureTest::jsonIds)));
        return Stream.of(
                Arguments.of("rate-limit headers with nonsense values on 5% of answers", Faults.builder()
                        .hostileRateLimitHeaders(0.05, HostileRateLimitHeaders.NEGATIVE,
                                HostileRateLimitHeaders.NOT_NUMERIC, HostileRateLimitHeaders.MORE_LEFT_THAN_QUOTA)
                        .build(), listings, true),
                Arguments.of("rate-limit headers with stalling values on 2% of answers", Faults.builder()
                        .hostileRateLimitHeaders(0.02, HostileRateLimitHeaders.ZERO_QUOTA,
                                HostileRateLimitHeaders.RESET_35_DAYS, HostileRateLimitHeaders.RESET_BEYOND_LONG_NANOS)
                        .build(), listings, true),
                Arguments.of("429s with a 1 ms reset on 30% of answers", Faults.builder()
                        .rateLimitsWithShortReset(0.3, Duration.ofMillis(1)).build(), listings, true),
                Arguments.of("bodies that never end on 1% of answers", Faults.builder().endlessBodies(0.01).build(),
                        listings, true),
                Arguments.of("hostile rate-limit headers on 429s too", Faults.builder()
                        .hostileRateLimitHeaders(0.2).rateLimitsWithShortReset(0.1, Duration.ofMillis(1)).build(),
                        listings, true),
                Arguments.of("429s with a 1 ms reset on every answer", Faults.builder()
                        .rateLimitsWithShortReset(1.0, Duration.ofMillis(1)).build(), singleCalls, false),
                // 6 runs: an empty body and a blank one are both a DecodeException, never the end of a listing
                Arguments.of("empty or blank 200 bodies on 2% of answers", Faults.builder().emptyBodies(0.02).build(),
                        Stream.concat(listings.stream(), listings.stream()).toList(), false),
                Arguments.of("cursor pagination only (single-page and 50,000-item listings)", Faults.builder()
                        .cursorPaginationOnly(true).build(), cursorOnly, true),
                Arguments.of("a 1xx and nothing after it on 2% of answers", Faults.builder().informationalOnly(0.02)
                        .build(), listings, true),
                Arguments.of("broken chunked encoding on 2% of answers", Faults.builder().brokenChunkedBodies(0.02)
                        .build(), listings, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void theClientKeepsItsGuarantees(String mode, Faults faults, List<Run> runs, boolean mustComplete) {
        String only = System.getProperty("torture.mode", "");
        Assumptions.assumeTrue(mode.contains(only), () -> "-Dtorture.mode=" + only + " runs other modes only");
        Figures figures = new Figures();
        long start = System.nanoTime();
        for (int i = 0; i < runs.size(); i++) {
            long runStart = System.nanoTime();
            run(faults, runs.get(i), SEED + i, figures);
            System.out.printf("TORTURE   run %s: %.1f s%n", runs.get(i), (System.nanoTime() - runStart) / 1e9);
        }
        figures.elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        REPORT.put(mode, figures);
        System.out.println("TORTURE " + mode + ": " + figures);

        assertThat(figures.lost).as("items lost").isZero();
        assertThat(figures.duplicated).as("items duplicated").isZero();
        assertThat(figures.beyondDeadline).as("calls beyond their deadline").isZero();
        assertThat(figures.untyped).as("untyped exceptions " + figures.failures).isZero();
        assertThat(figures.mostRequestsPerCall).as("most requests one call made").isLessThanOrEqualTo(
                MAX_REQUESTS_PER_CALL);
        if (mustComplete) {
            assertThat(figures.completed).as("runs that completed " + figures.failures).isEqualTo(figures.runs);
        }
    }

    /**
     * One small listing of each style before the modes, so the first mode's figures (its longest wait above all) do not
     * include the JVM's and the connection pool's warm-up.
     */
    @BeforeAll
    static void warmUp() {
        Figures ignored = new Figures();
        modes().findFirst().ifPresent(first -> {
            @SuppressWarnings("unchecked")
            List<Run> listings = (List<Run>) first.get()[2];
            listings.forEach(run -> run(Faults.none(), new Run(run.label(), 2_000, 10, 2_000, run.pages()), SEED,
                    ignored));
        });
    }

    @AfterAll
    static void printTheTable() {
        System.out.println("TORTURE figures (" + ITEMS + "-item listings, deadline " + CALL_DEADLINE.toSeconds()
                + " s per call):");
        REPORT.forEach((mode, figures) -> System.out.println("TORTURE | " + mode + " | " + figures));
    }

    private static void run(Faults faults, Run run, long seed, Figures figures) {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder()
                .products(run.products())
                .customers(run.customers())
                .quota(1_000_000, Duration.ofSeconds(1))
                .seed(seed)
                .faults(faults)
                .build()
                .start()) {
            BigCommerceClient client = sim.clientBuilder()
                    .responseTimeout(Duration.ofSeconds(2))
                    .retry(RetryOptions.defaults()
                            .withMaxRetries(3)
                            .withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                            .withMaxThrottleWait(Duration.ofSeconds(3)))
                    .build();
            List<Long> ids = new ArrayList<>();
            long[] last = {System.nanoTime(), 0};
            Throwable failure = run.pages().apply(client)
                    .timeout(CALL_DEADLINE, Flux.error(new BeyondDeadline()))
                    .doOnNext(page -> {
                        long now = System.nanoTime();
                        last[1] = Math.max(last[1], now - last[0]);
                        last[0] = now;
                        ids.addAll(page);
                    })
                    .then(Mono.<Throwable>empty())
                    .onErrorResume(Mono::just)
                    .block(LISTING_GUARD);
            String store = sim.storeHashes().get(0);
            figures.runs++;
            figures.items += ids.size();
            figures.requests += sim.stats().requests(store);
            figures.mostRequestsPerCall = Math.max(figures.mostRequestsPerCall, sim.stats().requestsByUri(store)
                    .values().stream().mapToLong(Long::longValue).max().orElse(0));
            figures.longestWaitMillis = Math.max(figures.longestWaitMillis, last[1] / 1_000_000);
            Set<Long> distinct = new HashSet<>(ids);
            figures.duplicated += ids.size() - distinct.size();
            if (failure == null) {
                figures.completed++;
                figures.lost += run.expected() - distinct.stream().filter(id -> id >= 1 && id <= run.expected())
                        .count();
            } else {
                long highest = distinct.stream().mapToLong(Long::longValue).max().orElse(0);
                figures.lost += highest - distinct.stream().filter(id -> id >= 1 && id <= highest).count();
                figures.failures.add(run.label() + ": " + describe(failure));
                if (failure instanceof BeyondDeadline) {
                    figures.beyondDeadline++;
                } else if (failure instanceof BigCommerceException) {
                    figures.typedFailures++;
                } else {
                    figures.untyped++;
                }
            }
        }
    }

    private static String describe(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return failure.getClass().getSimpleName() + "(" + (message.length() > 120 ? message.substring(0, 120) + "..."
                : message) + ")";
    }

    private static <T> List<Long> ids(Page<T> page, Function<T, Long> id) {
        return page.items().stream().map(id).toList();
    }

    private static List<Long> jsonIds(Page<JsonNode> page) {
        return page.items().stream().map(item -> item.path("id").asLong()).toList();
    }

    /** The test's own marker: the call (or the next page) did not come within {@link #CALL_DEADLINE}. */
    static final class BeyondDeadline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BeyondDeadline() {
            super("nothing arrived within " + CALL_DEADLINE, null, false, false);
        }
    }
}
