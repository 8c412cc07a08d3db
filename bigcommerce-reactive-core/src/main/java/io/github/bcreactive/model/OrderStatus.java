package io.github.bcreactive.model;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of an order, as v2 numbers it in {@code status_id} ({@code /order_statuses}). It reads from and writes
 * to the number.
 *
 * <pre>{@code
 * client.v2().orders().iterAll(Query.of("status_id", OrderStatus.AWAITING_FULFILLMENT.id()));
 * }</pre>
 */
public enum OrderStatus {

    /** 0: the shopper has not finished checkout. */
    INCOMPLETE(0, "Incomplete"),
    /** 1: placed, awaiting payment confirmation. */
    PENDING(1, "Pending"),
    /** 2: shipped in full. */
    SHIPPED(2, "Shipped"),
    /** 3: some items shipped. */
    PARTIALLY_SHIPPED(3, "Partially Shipped"),
    /** 4: refunded in full. */
    REFUNDED(4, "Refunded"),
    /** 5: cancelled. */
    CANCELLED(5, "Cancelled"),
    /** 6: payment declined. */
    DECLINED(6, "Declined"),
    /** 7: awaiting payment. */
    AWAITING_PAYMENT(7, "Awaiting Payment"),
    /** 8: awaiting pickup by the shopper. */
    AWAITING_PICKUP(8, "Awaiting Pickup"),
    /** 9: packed, awaiting shipment. */
    AWAITING_SHIPMENT(9, "Awaiting Shipment"),
    /** 10: completed (digital goods, or picked up). */
    COMPLETED(10, "Completed"),
    /** 11: paid, awaiting fulfillment. */
    AWAITING_FULFILLMENT(11, "Awaiting Fulfillment"),
    /** 12: flagged for manual verification. */
    MANUAL_VERIFICATION_REQUIRED(12, "Manual Verification Required"),
    /** 13: the payment is disputed. */
    DISPUTED(13, "Disputed"),
    /** 14: refunded in part. */
    PARTIALLY_REFUNDED(14, "Partially Refunded");

    private static final OrderStatus[] BY_ID = values();

    private final int id;
    private final String label;

    OrderStatus(int id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The status id.
     *
     * @return 0 to 14
     */
    @JsonValue
    public int id() {
        return id;
    }

    /**
     * The status's default name, as the control panel shows it.
     *
     * @return e.g. {@code Awaiting Fulfillment}
     */
    public String label() {
        return label;
    }

    /**
     * The status with an id.
     *
     * @param id 0 to 14
     * @return the status
     * @throws IllegalArgumentException for any other id
     */
    @JsonCreator
    public static OrderStatus of(int id) {
        if (id < 0 || id >= BY_ID.length) {
            throw new IllegalArgumentException("No order status has id " + id + "; they run from 0 to "
                    + (BY_ID.length - 1) + ".");
        }
        return Arrays.stream(BY_ID).filter(status -> status.id == id).findFirst().orElseThrow();
    }
}
