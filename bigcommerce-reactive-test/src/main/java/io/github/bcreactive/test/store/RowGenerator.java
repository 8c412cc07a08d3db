package io.github.bcreactive.test.store;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the rows of one table from the seed, so that nothing is stored until a client writes.
 */
public interface RowGenerator {

    /**
     * Builds the generated row with this id.
     *
     * @param id the row id, from 1 to the table's generated maximum
     * @return the row in its internal form (dates as epoch seconds), or {@code null} when no row has this id
     */
    ObjectNode generate(long id);

    /**
     * Tells whether a generated row has this id; tables with holes in their id space override it.
     *
     * @param id the row id
     * @return {@code true} when {@link #generate(long)} returns a row
     */
    default boolean exists(long id) {
        return true;
    }

    /**
     * Reads one field of a generated row. Generators of large tables override it so that
     * filters and sorts do not build whole rows.
     *
     * @param id the row id
     * @param name the field name
     * @return the field value, or {@code null} when absent
     */
    default JsonNode field(long id, String name) {
        ObjectNode row = generate(id);
        return row == null ? null : row.get(name);
    }
}
