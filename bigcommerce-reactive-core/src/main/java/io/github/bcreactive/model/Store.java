package io.github.bcreactive.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The store's profile (v2 {@code /store}).
 *
 * @param id the store hash
 * @param domain the primary domain
 * @param secureUrl the HTTPS URL
 * @param name the store name
 * @param firstName the owner's first name
 * @param lastName the owner's last name
 * @param address the address
 * @param country the country
 * @param countryCode the ISO 3166 country code
 * @param phone the phone
 * @param adminEmail the admin email
 * @param orderEmail the order email
 * @param timezone the time zone
 * @param language the language
 * @param currency the default currency
 * @param currencySymbol its symbol
 * @param decimalSeparator the decimal separator
 * @param thousandsSeparator the thousands separator
 * @param decimalPlaces the decimal places
 * @param planName the plan
 * @param planLevel the plan level
 * @param planIsTrial whether on trial
 * @param industry the industry
 * @param logo the logo
 * @param isPriceEnteredWithTax whether prices are entered with tax
 * @param storeId the numeric store id
 * @param defaultChannelId the default channel
 * @param features the features
 * @param status the store status
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Store(
        String id,
        String domain,
        @JsonProperty("secure_url") String secureUrl,
        String name,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String address,
        String country,
        @JsonProperty("country_code") String countryCode,
        String phone,
        @JsonProperty("admin_email") String adminEmail,
        @JsonProperty("order_email") String orderEmail,
        JsonNode timezone,
        String language,
        String currency,
        @JsonProperty("currency_symbol") String currencySymbol,
        @JsonProperty("decimal_separator") String decimalSeparator,
        @JsonProperty("thousands_separator") String thousandsSeparator,
        @JsonProperty("decimal_places") Integer decimalPlaces,
        @JsonProperty("plan_name") String planName,
        @JsonProperty("plan_level") String planLevel,
        @JsonProperty("plan_is_trial") Boolean planIsTrial,
        String industry,
        JsonNode logo,
        @JsonProperty("is_price_entered_with_tax") Boolean isPriceEnteredWithTax,
        @JsonProperty("store_id") Long storeId,
        @JsonProperty("default_channel_id") Long defaultChannelId,
        JsonNode features,
        String status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Store {
        extra = Extras.copy(extra);
    }
}
