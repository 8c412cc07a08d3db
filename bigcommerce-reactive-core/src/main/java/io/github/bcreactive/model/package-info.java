/**
 * Typed, immutable models of the resources used most. Each keeps the fields it does not know in {@code extra}, and
 * writes them back, so a read-modify-write never drops a field; dates are {@link java.time.OffsetDateTime}s read from
 * either API's format ({@link io.github.bcreactive.model.ApiDates}).
 */
package io.github.bcreactive.model;
