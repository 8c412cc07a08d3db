package io.github.bcreactive.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A customer (v3 {@code /customers}).
 *
 * @param id the customer id
 * @param email the email
 * @param firstName the first name
 * @param lastName the last name
 * @param company the company
 * @param phone the phone
 * @param notes the notes
 * @param taxExemptCategory the tax exemption category
 * @param customerGroupId the group id
 * @param registrationIpAddress the IP it registered from
 * @param dateCreated when it was created
 * @param dateModified when it was last modified
 * @param acceptsProductReviewAbandonedCartEmails whether it accepts review and abandoned-cart emails
 * @param channelIds the channels it belongs to
 * @param originChannelId the channel it registered on
 * @param addresses the addresses, with {@code include=addresses}
 * @param attributes the attributes, with {@code include=attributes}
 * @param authentication the password settings
 * @param storeCreditAmounts the store credit
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Customer(
        Long id,
        String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String company,
        String phone,
        String notes,
        @JsonProperty("tax_exempt_category") String taxExemptCategory,
        @JsonProperty("customer_group_id") Long customerGroupId,
        @JsonProperty("registration_ip_address") String registrationIpAddress,
        @JsonProperty("date_created") @V3Date OffsetDateTime dateCreated,
        @JsonProperty("date_modified") @V3Date OffsetDateTime dateModified,
        @JsonProperty("accepts_product_review_abandoned_cart_emails") Boolean acceptsProductReviewAbandonedCartEmails,
        @JsonProperty("channel_ids") List<Long> channelIds,
        @JsonProperty("origin_channel_id") Long originChannelId,
        List<CustomerAddress> addresses,
        JsonNode attributes,
        JsonNode authentication,
        @JsonProperty("store_credit_amounts") JsonNode storeCreditAmounts,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Customer {
        channelIds = Extras.list(channelIds);
        addresses = Extras.list(addresses);
        extra = Extras.copy(extra);
    }
}
