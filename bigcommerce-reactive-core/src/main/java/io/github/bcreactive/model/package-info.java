/**
 * The models' shared parts, and the hand-written models that stay as named overrides. The families declare the
 * models generated from the official specs ({@code io.github.bcreactive.model.generated.<family>}, see
 * {@code tools/codegen/README.md}): each keeps the fields it does not know in {@code extra} and writes them back, so a
 * read-modify-write never drops a field, and reads dates as {@link java.time.OffsetDateTime}s from either API's
 * format ({@link io.github.bcreactive.model.ApiDates}, {@link io.github.bcreactive.model.V2Date},
 * {@link io.github.bcreactive.model.V3Date}; {@link io.github.bcreactive.model.Copies} makes their collections
 * read-only).
 *
 * <p>A hand-written model stays only as a named override that adds behaviour the spec cannot give:
 * <ul>
 *   <li>{@link io.github.bcreactive.model.Order} ({@code orders()}, v2 {@code /orders}): its {@code status_id} is
 *   {@link io.github.bcreactive.model.OrderStatus}, v2's order status ids (0 to 14) as an enum with their labels,
 *   read from and written to the number, where the generated {@code OrderResp} has a bare number.</li>
 * </ul>
 */
package io.github.bcreactive.model;
