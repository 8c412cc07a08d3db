package io.github.bcreactive.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.paging.PageResponse;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One connection's traversal: {@code after} from each page's {@code pageInfo.endCursor} while
 * {@code pageInfo.hasNextPage}, and, when the query declares {@code $first}, a page size that keeps each page's
 * predicted complexity within the target: the cost per item is the last page's reported complexity over its size.
 */
final class ConnectionPager<T> {

    /** The page size when the variables give no {@code first}. */
    static final int DEFAULT_FIRST = 50;

    private static final Pattern FIRST_VARIABLE = Pattern.compile("\\$first\\s*:");

    private final GraphQL graphql;
    private final String query;
    private final ObjectNode variables;
    private final String[] path;
    private final Class<T> nodeType;
    private final boolean sizesPages;
    private final int maxFirst;
    /** The {@code first} of the last page asked for, to scale the predicted cost of the next one. */
    private final AtomicInteger lastFirst = new AtomicInteger();

    ConnectionPager(GraphQL graphql, String query, ObjectNode variables, String[] path, Class<T> nodeType) {
        this.graphql = graphql;
        this.query = query;
        this.variables = variables;
        this.path = path;
        this.nodeType = nodeType;
        this.sizesPages = FIRST_VARIABLE.matcher(query).find();
        JsonNode first = variables.get("first");
        this.maxFirst = first != null && first.isIntegralNumber() && first.asInt() > 0 ? first.asInt() : DEFAULT_FIRST;
    }

    PagedFlux<T> pages() {
        return PagedFlux.of(PagingStyle.CURSOR, "graphql " + String.join(".", path), Query.empty(), this::fetch, 1);
    }

    /**
     * One page: the cursor pager passes the {@code after} to continue from (and a {@code limit} that GraphQL has no
     * use for: the page size is this pager's own). The cursor pager follows {@code endCursor} while
     * {@code hasNextPage}, and refuses a cursor that does not advance.
     */
    private Mono<PageResponse<T>> fetch(Query paging) {
        String after = paging.get("after").map(String::valueOf).filter(cursor -> !cursor.isEmpty()).orElse(null);
        int first = sizesPages ? pageSize() : 0;
        ObjectNode vars = variables.deepCopy();
        if (after == null) {
            vars.putNull("after");
        } else {
            vars.put("after", after);
        }
        if (sizesPages) {
            vars.put("first", first);
        }
        int previous = lastFirst.getAndSet(first);
        double scale = sizesPages && previous > 0 ? (double) first / previous : 0;
        return graphql.send(query, vars, scale, nodeType).map(sent -> {
            JsonNode connection = sent.body().path("data");
            for (String field : path) {
                connection = connection.path(field);
            }
            if (!connection.isObject()) {
                throw new DecodeException("GraphQL data has no connection at " + String.join(".", path),
                        "graphql", "", null);
            }
            List<T> items = new ArrayList<>();
            for (JsonNode edge : connection.path("edges")) {
                items.add(graphql.decode(sent, edge.path("node"), nodeType));
            }
            JsonNode info = connection.path("pageInfo");
            boolean hasNext = info.path("hasNextPage").asBoolean(false);
            String end = info.path("endCursor").isString() ? info.path("endCursor").asString() : null;
            if (sizesPages && first > 0 && sent.complexity().isPresent()) {
                graphql.rememberItemCost(query, (double) sent.complexity().getAsInt() / first);
            }
            return new PageResponse<>(200, HttpHeaders.EMPTY, items, OptionalInt.empty(), OptionalInt.empty(),
                    OptionalLong.empty(), OptionalInt.of(first > 0 ? first : items.size()), Optional.ofNullable(end),
                    hasNext, true);
        });
    }

    /**
     * The next page's {@code first}: the most whose predicted cost (cost per item, learnt from the last page of this
     * document, times the size) stays within the target share of the ceiling, at most the caller's {@code first};
     * the probe size while the cost is unknown.
     */
    private int pageSize() {
        double perItem = graphql.itemCost(query);
        if (Double.isNaN(perItem)) {
            return Math.min(maxFirst, graphql.options().probePageSize());
        }
        if (perItem <= 0) {
            return maxFirst;
        }
        double target = graphql.options().maxComplexity() * graphql.options().targetShare();
        return (int) Math.max(1, Math.min(maxFirst, Math.floor(target / perItem)));
    }
}
