package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * An order (v2 {@code /orders}). Amounts come as strings and decode to decimals.
 *
 * @param id the order id
 * @param customerId the customer id, 0 for a guest
 * @param dateCreated when it was placed
 * @param dateModified when it was last modified
 * @param dateShipped when it shipped, or {@code null}
 * @param statusId the status
 * @param status the status's name
 * @param subtotalExTax the subtotal without tax
 * @param subtotalIncTax the subtotal with tax
 * @param totalExTax the total without tax
 * @param totalIncTax the total with tax
 * @param itemsTotal how many items
 * @param itemsShipped how many shipped
 * @param paymentMethod the payment method
 * @param paymentStatus the payment status
 * @param refundedAmount the refunded amount
 * @param currencyCode the transaction currency
 * @param ipAddress the shopper's IP
 * @param customerMessage the shopper's message
 * @param staffNotes the staff notes
 * @param channelId the channel
 * @param orderSource where it was placed
 * @param externalId the external id
 * @param isDeleted whether it is archived
 * @param billingAddress the billing address
 * @param products the link to its products
 * @param shippingAddresses the link to its shipping addresses
 * @param coupons the link to its coupons
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(
        Long id,
        @JsonProperty("customer_id") Long customerId,
        @JsonProperty("date_created") @V2Date OffsetDateTime dateCreated,
        @JsonProperty("date_modified") @V2Date OffsetDateTime dateModified,
        @JsonProperty("date_shipped") @V2Date OffsetDateTime dateShipped,
        @JsonProperty("status_id") OrderStatus statusId,
        String status,
        @JsonProperty("subtotal_ex_tax") BigDecimal subtotalExTax,
        @JsonProperty("subtotal_inc_tax") BigDecimal subtotalIncTax,
        @JsonProperty("total_ex_tax") BigDecimal totalExTax,
        @JsonProperty("total_inc_tax") BigDecimal totalIncTax,
        @JsonProperty("items_total") Integer itemsTotal,
        @JsonProperty("items_shipped") Integer itemsShipped,
        @JsonProperty("payment_method") String paymentMethod,
        @JsonProperty("payment_status") String paymentStatus,
        @JsonProperty("refunded_amount") BigDecimal refundedAmount,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("ip_address") String ipAddress,
        @JsonProperty("customer_message") String customerMessage,
        @JsonProperty("staff_notes") String staffNotes,
        @JsonProperty("channel_id") Long channelId,
        @JsonProperty("order_source") String orderSource,
        @JsonProperty("external_id") String externalId,
        @JsonProperty("is_deleted") Boolean isDeleted,
        @JsonProperty("billing_address") JsonNode billingAddress,
        JsonNode products,
        @JsonProperty("shipping_addresses") JsonNode shippingAddresses,
        JsonNode coupons,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Order {
        extra = Copies.extra(extra);
    }
}
