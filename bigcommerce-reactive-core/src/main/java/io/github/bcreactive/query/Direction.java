package io.github.bcreactive.query;

/** A sort direction, sent as {@code direction=asc} or {@code direction=desc}. */
public enum Direction {

    /** Ascending order. */
    ASC,

    /** Descending order. */
    DESC
}
