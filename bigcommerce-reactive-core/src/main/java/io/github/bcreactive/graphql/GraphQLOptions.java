package io.github.bcreactive.graphql;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link GraphQL} client keeps its queries within BigCommerce's complexity limits.
 *
 * <ul>
 *   <li>{@link #maxComplexity()}: the most a single query may cost. BigCommerce returns an error for a query whose
 *       complexity exceeds 10,000 ({@code docs/api-overview-headers.mdx}), the default. A connection pages with a
 *       {@code first} chosen so that each page's predicted cost stays within {@link #targetShare()} of it.</li>
 *   <li>{@link #budget()} per {@link #window()}: complexity points this client may spend per window, off by default
 *       (BigCommerce documents no such number; set one to share a store's capacity politely). A query waits,
 *       before it is sent, until its predicted cost fits the window.</li>
 * </ul>
 * A query's predicted cost is what the same document cost last time, as the response header reported.
 *
 * <pre>{@code
 * GraphQL graphql = client.graphql().withOptions(GraphQLOptions.defaults().withBudget(50_000, Duration.ofSeconds(30)));
 * }</pre>
 *
 * @param maxComplexity the most one query may cost
 * @param targetShare the share of {@code maxComplexity} a connection page aims at, in (0, 1]
 * @param probePageSize the {@code first} of a connection's first page when its cost is not known yet
 * @param budget complexity points per window; 0 for no budget
 * @param window the budget's window
 */
public record GraphQLOptions(int maxComplexity, double targetShare, int probePageSize, int budget, Duration window) {

    /** The complexity above which BigCommerce refuses a query. */
    public static final int DOCUMENTED_MAX_COMPLEXITY = 10_000;

    /**
     * Checks the options.
     *
     * @param maxComplexity positive
     * @param targetShare in (0, 1]
     * @param probePageSize positive
     * @param budget 0 or more
     * @param window positive
     */
    public GraphQLOptions {
        if (maxComplexity < 1) {
            throw new IllegalArgumentException("'maxComplexity' must be positive, was " + maxComplexity);
        }
        if (!(targetShare > 0 && targetShare <= 1)) {
            throw new IllegalArgumentException("'targetShare' must be in (0, 1], was " + targetShare);
        }
        if (probePageSize < 1) {
            throw new IllegalArgumentException("'probePageSize' must be positive, was " + probePageSize);
        }
        if (budget < 0) {
            throw new IllegalArgumentException("'budget' cannot be negative, was " + budget);
        }
        Objects.requireNonNull(window, "'window' cannot be null.");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("'window' must be positive, was " + window);
        }
    }

    /**
     * The defaults: the documented 10,000 per query, pages aimed at 80 % of it, a first page of 10 when its cost is
     * unknown, no budget.
     *
     * @return the default options
     */
    public static GraphQLOptions defaults() {
        return new GraphQLOptions(DOCUMENTED_MAX_COMPLEXITY, 0.8, 10, 0, Duration.ofSeconds(30));
    }

    /**
     * These options with a complexity budget.
     *
     * @param points complexity points per window, positive
     * @param window the window
     * @return new options
     */
    public GraphQLOptions withBudget(int points, Duration window) {
        if (points < 1) {
            throw new IllegalArgumentException("'points' must be positive, was " + points);
        }
        return new GraphQLOptions(maxComplexity, targetShare, probePageSize, points, window);
    }

    /**
     * These options with another per-query ceiling.
     *
     * @param maxComplexity positive
     * @return new options
     */
    public GraphQLOptions withMaxComplexity(int maxComplexity) {
        return new GraphQLOptions(maxComplexity, targetShare, probePageSize, budget, window);
    }

    /**
     * These options with another first-page size for connections of unknown cost.
     *
     * @param probePageSize positive
     * @return new options
     */
    public GraphQLOptions withProbePageSize(int probePageSize) {
        return new GraphQLOptions(maxComplexity, targetShare, probePageSize, budget, window);
    }
}
