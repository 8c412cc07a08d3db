package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A currency (v2 {@code /currencies}).
 *
 * @param id the currency id
 * @param isDefault whether it is the default
 * @param lastUpdated when its rate was last updated
 * @param countryIso2 the country
 * @param defaultForCountryCodes the countries it is the default for
 * @param currencyCode the ISO 4217 code
 * @param currencyExchangeRate the exchange rate
 * @param name the name
 * @param token the symbol
 * @param autoUpdate whether the rate updates itself
 * @param decimalToken the decimal separator
 * @param thousandsToken the thousands separator
 * @param decimalPlaces the decimal places
 * @param tokenLocation {@code left} or {@code right}
 * @param isTransactional whether shoppers pay in it
 * @param enabled whether it is enabled
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Currency(
        Long id,
        @JsonProperty("is_default") Boolean isDefault,
        @JsonProperty("last_updated") @V2Date OffsetDateTime lastUpdated,
        @JsonProperty("country_iso2") String countryIso2,
        @JsonProperty("default_for_country_codes") List<String> defaultForCountryCodes,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("currency_exchange_rate") BigDecimal currencyExchangeRate,
        String name,
        String token,
        @JsonProperty("auto_update") Boolean autoUpdate,
        @JsonProperty("decimal_token") String decimalToken,
        @JsonProperty("thousands_token") String thousandsToken,
        @JsonProperty("decimal_places") Integer decimalPlaces,
        @JsonProperty("token_location") String tokenLocation,
        @JsonProperty("is_transactional") Boolean isTransactional,
        Boolean enabled,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Currency {
        defaultForCountryCodes = Extras.list(defaultForCountryCodes);
        extra = Extras.copy(extra);
    }
}
