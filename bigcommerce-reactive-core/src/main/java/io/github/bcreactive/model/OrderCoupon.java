package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A coupon applied to an order (v2 {@code /orders/{order_id}/coupons}).
 *
 * @param id the id of the coupon on the order
 * @param couponId the coupon id
 * @param orderId the order id
 * @param code the code
 * @param amount the coupon's amount
 * @param type the coupon type
 * @param discount the discount given
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderCoupon(
        Long id,
        @JsonProperty("coupon_id") Long couponId,
        @JsonProperty("order_id") Long orderId,
        String code,
        BigDecimal amount,
        Integer type,
        BigDecimal discount,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public OrderCoupon {
        extra = Extras.copy(extra);
    }
}
