package io.github.bcreactive.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A customer address (v3 {@code /customers/addresses}).
 *
 * @param id the address id
 * @param customerId the customer id
 * @param firstName the first name
 * @param lastName the last name
 * @param company the company
 * @param address1 the first line
 * @param address2 the second line
 * @param city the city
 * @param stateOrProvince the state or province
 * @param postalCode the postal code
 * @param countryCode the ISO 3166 country code
 * @param country the country name
 * @param phone the phone
 * @param addressType {@code residential} or {@code commercial}
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerAddress(
        Long id,
        @JsonProperty("customer_id") Long customerId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String company,
        String address1,
        String address2,
        String city,
        @JsonProperty("state_or_province") String stateOrProvince,
        @JsonProperty("postal_code") String postalCode,
        @JsonProperty("country_code") String countryCode,
        String country,
        String phone,
        @JsonProperty("address_type") String addressType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public CustomerAddress {
        extra = Extras.copy(extra);
    }
}
