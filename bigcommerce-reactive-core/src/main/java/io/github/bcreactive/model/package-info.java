/**
 * The models' shared parts, and the hand-written models. The families declare the models generated from the official
 * specs ({@code io.github.bcreactive.model.generated.<family>}, see {@code tools/codegen/README.md}): each keeps the
 * fields it does not know in {@code extra} and writes them back, so a read-modify-write never drops a field, and reads
 * dates as {@link java.time.OffsetDateTime}s from either API's format ({@link io.github.bcreactive.model.ApiDates},
 * {@link io.github.bcreactive.model.V2Date}, {@link io.github.bcreactive.model.V3Date}; {@link
 * io.github.bcreactive.model.Copies} makes their collections read-only).
 *
 * <p>A hand-written model stays only as a named override that adds behaviour the spec cannot give:
 * <ul>
 *   <li>{@link io.github.bcreactive.model.OrderStatus}: v2's order status ids (0 to 14) as an enum with their labels,
 *   read from and written to the number; {@link io.github.bcreactive.model.Order} carries it as {@code status_id}.</li>
 * </ul>
 * The other hand-written models here (customers, v2 orders and their products, addresses, shipments and coupons,
 * carts, checkouts, channels, price lists, the store, currencies, webhooks) add no behaviour and are being replaced by
 * their generated models, as the catalog's were.
 */
package io.github.bcreactive.model;
