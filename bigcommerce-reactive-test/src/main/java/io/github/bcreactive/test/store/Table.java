package io.github.bcreactive.test.store;

import java.util.Arrays;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One resource's rows: generated rows with ids {@code 1..generatedMaxId} derived from the seed,
 * plus an overlay of rows that were created, replaced or deleted. Memory grows only with writes.
 * Rows are kept in their internal form: dates are epoch seconds.
 */
public final class Table {

    private final long generatedMaxId;
    private final RowGenerator generator;
    private final boolean dense;
    private final String parentField;
    private final LongFunction<long[]> generatedChildren;
    private final Map<Long, ObjectNode> overrides = new ConcurrentHashMap<>();
    private final NavigableSet<Long> deletedGenerated = new ConcurrentSkipListSet<>();
    private final NavigableSet<Long> created = new ConcurrentSkipListSet<>();
    private final Map<Long, Set<Long>> createdChildren = new ConcurrentHashMap<>();
    private final AtomicLong nextId;

    private Table(long generatedMaxId, RowGenerator generator, boolean dense, String parentField,
            LongFunction<long[]> generatedChildren) {
        this.generatedMaxId = generatedMaxId;
        this.generator = generator;
        this.dense = dense;
        this.parentField = parentField;
        this.generatedChildren = generatedChildren;
        this.nextId = new AtomicLong(generatedMaxId + 1);
    }

    /**
     * A table where every id from 1 to {@code count} has a generated row.
     *
     * @param count the number of generated rows
     * @param generator the row generator
     * @return the table
     */
    public static Table dense(long count, RowGenerator generator) {
        return new Table(count, Objects.requireNonNull(generator, "'generator' cannot be null."), true, null, null);
    }

    /**
     * A table of sub-resources, keyed by a parent id field, whose generated id space may have holes.
     *
     * @param generatedMaxId the highest generated id
     * @param generator the row generator ({@link RowGenerator#exists(long)} tells the holes)
     * @param parentField the field holding the parent id, e.g. {@code product_id}
     * @param generatedChildren the generated child ids of a parent, ascending
     * @return the table
     */
    public static Table children(long generatedMaxId, RowGenerator generator, String parentField,
            LongFunction<long[]> generatedChildren) {
        return new Table(generatedMaxId, Objects.requireNonNull(generator, "'generator' cannot be null."), false,
                Objects.requireNonNull(parentField, "'parentField' cannot be null."),
                Objects.requireNonNull(generatedChildren, "'generatedChildren' cannot be null."));
    }

    /**
     * Tells whether a live row has this id.
     *
     * @param id the row id
     * @return {@code true} when the row exists
     */
    public boolean contains(long id) {
        if (overrides.containsKey(id)) {
            return true;
        }
        return id >= 1 && id <= generatedMaxId && !deletedGenerated.contains(id) && (dense || generator.exists(id));
    }

    /**
     * Returns the live row with this id. The caller must not modify it; use {@link #replace}.
     *
     * @param id the row id
     * @return the row, or {@code null} when absent
     */
    public ObjectNode get(long id) {
        ObjectNode row = overrides.get(id);
        if (row != null) {
            return row;
        }
        return contains(id) ? generator.generate(id) : null;
    }

    /**
     * Reads one field of a live row without building the whole generated row when possible.
     *
     * @param id the id of a live row
     * @param name the field name
     * @return the value, or {@code null} when absent
     */
    public JsonNode field(long id, String name) {
        ObjectNode row = overrides.get(id);
        return row != null ? row.get(name) : generator.field(id, name);
    }

    /**
     * Creates a row with the next free id.
     *
     * @param builder builds the row for the id it is given
     * @return the stored row
     */
    public ObjectNode insert(LongFunction<ObjectNode> builder) {
        long id = nextId.getAndIncrement();
        ObjectNode row = builder.apply(id);
        overrides.put(id, row);
        created.add(id);
        if (parentField != null) {
            createdChildren.computeIfAbsent(row.path(parentField).asLong(0), k -> new ConcurrentSkipListSet<>()).add(id);
        }
        return row;
    }

    /**
     * Replaces a live row.
     *
     * @param id the row id
     * @param row the new row
     */
    public void replace(long id, ObjectNode row) {
        overrides.put(id, row);
    }

    /**
     * Deletes a row.
     *
     * @param id the row id
     * @return {@code true} when a live row was deleted
     */
    public boolean delete(long id) {
        if (!contains(id)) {
            return false;
        }
        ObjectNode removed = overrides.remove(id);
        if (id <= generatedMaxId) {
            deletedGenerated.add(id);
        } else {
            created.remove(id);
            if (parentField != null && removed != null) {
                Set<Long> siblings = createdChildren.get(removed.path(parentField).asLong(0));
                if (siblings != null) {
                    siblings.remove(id);
                }
            }
        }
        return true;
    }

    /**
     * Counts the live rows.
     *
     * @return the number of live rows
     */
    public long count() {
        return dense ? generatedMaxId - deletedGenerated.size() + created.size() : ids().count();
    }

    /**
     * The live ids, ascending.
     *
     * @return a lazy stream of ids
     */
    public LongStream ids() {
        return idsAfter(0);
    }

    /**
     * The live ids greater than {@code afterId}, ascending.
     *
     * @param afterId the exclusive lower bound
     * @return a lazy stream of ids
     */
    public LongStream idsAfter(long afterId) {
        LongStream generated = LongStream.rangeClosed(Math.max(1, afterId + 1), generatedMaxId)
                .filter(id -> !deletedGenerated.contains(id) && (dense || generator.exists(id)));
        LongStream made = created.tailSet(afterId, false).stream().mapToLong(Long::longValue);
        return LongStream.concat(generated, made);
    }

    /**
     * The live ids from the {@code offset}-th one (0-based), ascending; fast on dense tables.
     *
     * @param offset how many live ids to skip
     * @return a lazy stream of ids
     */
    public LongStream idsFrom(long offset) {
        if (!dense) {
            return ids().skip(offset);
        }
        long liveGenerated = generatedMaxId - deletedGenerated.size();
        if (offset >= liveGenerated) {
            return created.stream().mapToLong(Long::longValue).skip(offset - liveGenerated);
        }
        long candidate = offset + 1;
        while (true) {
            long next = offset + 1 + deletedGenerated.headSet(candidate, true).size();
            if (next == candidate) {
                break;
            }
            candidate = next;
        }
        return idsAfter(candidate - 1);
    }

    /**
     * The live children of a parent, ascending.
     *
     * @param parentId the parent id
     * @return the child ids
     * @throws IllegalStateException when this is not a sub-resource table
     */
    public long[] childIds(long parentId) {
        if (parentField == null) {
            throw new IllegalStateException("not a sub-resource table");
        }
        LongStream generated = Arrays.stream(generatedChildren.apply(parentId)).filter(this::contains);
        Set<Long> made = createdChildren.getOrDefault(parentId, Set.of());
        return LongStream.concat(generated, made.stream().mapToLong(Long::longValue)).sorted().toArray();
    }

    /**
     * Finds the first live row whose text field equals the value, ignoring case.
     *
     * @param name the field name
     * @param value the value
     * @param candidates where to look
     * @return the row id, or {@code -1}
     */
    public long findByText(String name, String value, LongStream candidates) {
        return candidates.filter(id -> {
            JsonNode v = field(id, name);
            return v != null && v.isString() && v.stringValue().equalsIgnoreCase(value);
        }).findFirst().orElse(-1);
    }

    /**
     * The ids of rows that were created or replaced through the API.
     *
     * @return the changed ids
     */
    public LongStream changedIds() {
        return overrides.keySet().stream().mapToLong(Long::longValue);
    }
}
