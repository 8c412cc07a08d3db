package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * An order's shipping address (v2 {@code /orders/{order_id}/shipping_addresses}).
 *
 * @param id the address id
 * @param orderId the order id
 * @param firstName the first name
 * @param lastName the last name
 * @param company the company
 * @param street1 the first line
 * @param street2 the second line
 * @param city the city
 * @param zip the postal code
 * @param country the country
 * @param countryIso2 the ISO 3166 country code
 * @param state the state
 * @param email the email
 * @param phone the phone
 * @param itemsTotal how many items ship here
 * @param itemsShipped how many shipped
 * @param shippingMethod the shipping method
 * @param baseCost the shipping cost
 * @param costExTax the shipping cost without tax
 * @param costIncTax the shipping cost with tax
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderShippingAddress(
        Long id,
        @JsonProperty("order_id") Long orderId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String company,
        @JsonProperty("street_1") String street1,
        @JsonProperty("street_2") String street2,
        String city,
        String zip,
        String country,
        @JsonProperty("country_iso2") String countryIso2,
        String state,
        String email,
        String phone,
        @JsonProperty("items_total") Integer itemsTotal,
        @JsonProperty("items_shipped") Integer itemsShipped,
        @JsonProperty("shipping_method") String shippingMethod,
        @JsonProperty("base_cost") BigDecimal baseCost,
        @JsonProperty("cost_ex_tax") BigDecimal costExTax,
        @JsonProperty("cost_inc_tax") BigDecimal costIncTax,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public OrderShippingAddress {
        extra = Extras.copy(extra);
    }
}
