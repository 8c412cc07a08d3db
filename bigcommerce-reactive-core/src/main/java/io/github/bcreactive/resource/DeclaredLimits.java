package io.github.bcreactive.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.bcreactive.http.EndpointLimits;
import io.github.bcreactive.http.WireVersion;
import org.springframework.http.HttpMethod;

/**
 * The concurrency limits the official specs and docs state per operation ({@link Operation.Limits#concurrency()}),
 * found for a concrete path: {@code GET /catalog/trees/5/categories} is
 * {@code GET /catalog/trees/{tree_id}/categories}, one request at a time per store. Every client built by
 * {@code BigCommerceClient.builder()} keeps to them, whichever way the call is made (a resource, a generated method,
 * {@code client.v3().get(...)}). A path matching several templates takes the most literal one
 * ({@code /customers/form-field-values} before {@code /customers/{id}}).
 *
 * <pre>{@code
 * DeclaredLimits.table().find(HttpMethod.GET, ApiVersion.V3, "/catalog/trees/5/categories");
 * // Optional[Limit[endpoint=V3 GET /catalog/trees/{tree_id}/categories, concurrency=1]]
 * }</pre>
 */
public final class DeclaredLimits implements EndpointLimits {

    private static final DeclaredLimits TABLE = new DeclaredLimits(Operations.all());

    private final List<Entry> entries;

    private DeclaredLimits(List<Operation> operations) {
        List<Entry> found = new ArrayList<>();
        for (Operation op : operations) {
            if (op.limits().concurrency() > 0) {
                found.add(new Entry(op.version().segment(), op.method(), template(op.path()), op.placeholders().size(),
                        new Limit(op.version() + " " + op.method().name() + " " + op.path(),
                                op.limits().concurrency())));
            }
        }
        found.sort(Comparator.comparingInt(Entry::placeholders));
        this.entries = List.copyOf(found);
    }

    /**
     * The limits of the whole operation table ({@link Operations#all()}).
     *
     * @return the limits
     */
    public static DeclaredLimits table() {
        return TABLE;
    }

    @Override
    public Optional<Limit> find(HttpMethod method, WireVersion version, String path) {
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        String segment = version.segment();
        for (Entry entry : entries) {
            if (entry.segment.equals(segment) && entry.method.equals(method) && entry.template.matcher(path)
                    .matches()) {
                return Optional.of(entry.limit);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "DeclaredLimits[" + entries.size() + " operations]";
    }

    private static Pattern template(String path) {
        String[] parts = path.split("\\{[^/}]+}", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("[^/]+").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    private record Entry(String segment, HttpMethod method, Pattern template, int placeholders, Limit limit) {
    }
}
