package io.github.bcreactive.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A BigCommerce app: its client id and secret, and everything done with them. Verifies what BigCommerce sends the
 * app ({@code signed_payload_jwt}, the legacy {@code signed_payload}, current-customer JWTs) and signs
 * customer-login JWTs. Thread-safe; build one per app and share it.
 *
 * <pre>{@code
 * BigCommerceApp app = BigCommerceApp.builder()
 *         .clientId(System.getenv("BC_CLIENT_ID"))
 *         .clientSecret(System.getenv("BC_CLIENT_SECRET"))
 *         .build();
 *
 * // GET /load?signed_payload_jwt=...
 * SignedPayloadClaims load = app.verifySignedPayloadJwt(signedPayloadJwt);
 * String storeHash = load.storeHash();
 * }</pre>
 */
public final class BigCommerceApp {

    /** BigCommerce's login service, where tokens are exchanged. */
    public static final String DEFAULT_LOGIN_URL = "https://login.bigcommerce.com";

    /** The clock skew allowed by default when checking {@code exp} and {@code nbf}. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(10);

    /** The largest clock skew that may be configured. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final String clientId;
    private final String loginUrl;
    private final Clock clock;
    private final PayloadVerifier verifier;
    private final CustomerLoginTokens loginTokens;

    private BigCommerceApp(Builder builder) {
        this.clientId = builder.clientId;
        this.loginUrl = builder.loginUrl;
        this.clock = builder.clock;
        ClientSecret secret = ClientSecret.of(builder.clientSecret);
        this.verifier = new PayloadVerifier(clientId, secret, clock, builder.clockSkew);
        this.loginTokens = new CustomerLoginTokens(clientId, secret);
    }

    /**
     * Starts configuring an app.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The app's client id.
     *
     * @return the client id
     */
    public String clientId() {
        return clientId;
    }

    /**
     * Verifies the {@code signed_payload_jwt} of a load, uninstall or remove_user callback: HS256 or HS512 with the
     * client secret, {@code aud} = client id, {@code iss} = "bc", {@code exp}/{@code nbf} within the clock skew.
     *
     * @param jwt the {@code signed_payload_jwt} query parameter
     * @return the verified claims
     * @throws InvalidPayloadException when the token cannot be trusted; {@link InvalidPayloadException#reason()}
     *                                 says why
     */
    public SignedPayloadClaims verifySignedPayloadJwt(String jwt) {
        return verifier.signedPayloadJwt(jwt);
    }

    /**
     * Verifies a legacy {@code signed_payload}: {@code base64(json) "." base64(hex(HMAC-SHA256(json)))} with the
     * client secret, compared in constant time.
     *
     * @param signedPayload the {@code signed_payload} query parameter
     * @return the verified content
     * @throws InvalidPayloadException when the payload cannot be trusted
     */
    public LegacySignedPayload verifySignedPayload(String signedPayload) {
        return verifier.legacySignedPayload(signedPayload);
    }

    /**
     * Verifies a current-customer JWT (from the storefront's {@code /customer/current.jwt}): HS512 with the client
     * secret, {@code aud} = client id, {@code iss} = "bc/apps", {@code exp} within the clock skew.
     *
     * @param jwt the token the storefront script posted to the app
     * @return the signed-in shopper
     * @throws InvalidPayloadException when the token cannot be trusted
     */
    public CurrentCustomerClaims verifyCurrentCustomer(String jwt) {
        return verifier.currentCustomer(jwt);
    }

    /**
     * Signs a customer-login JWT issued now by this app's clock. BigCommerce accepts it for 30 seconds, once, at
     * {@code {secure_url}/login/token/{jwt}}.
     *
     * @param storeHash the store the shopper signs in to
     * @param login whom to sign in, and how
     * @return the compact JWT
     */
    public String customerLoginToken(String storeHash, CustomerLogin login) {
        return loginTokens.sign(storeHash, login, clock.instant());
    }

    @Override
    public String toString() {
        return "BigCommerceApp[clientId=" + clientId + ", loginUrl=" + loginUrl + "]";
    }

    /** Configures a {@link BigCommerceApp}. Not thread-safe. */
    public static final class Builder {

        private String clientId;
        private String clientSecret;
        private String loginUrl = DEFAULT_LOGIN_URL;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;

        private Builder() {
        }

        /**
         * The app's client id, from its profile in the Developer Portal. Required.
         *
         * @param clientId the client id
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "'clientId' cannot be null.");
            return this;
        }

        /**
         * The app's client secret, from its profile in the Developer Portal. Required; never logged or shown.
         *
         * @param clientSecret the client secret
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret, "'clientSecret' cannot be null.");
            return this;
        }

        /**
         * BigCommerce's login service. Defaults to {@value BigCommerceApp#DEFAULT_LOGIN_URL}.
         *
         * @param loginUrl an absolute http(s) URL without a trailing path
         * @return this builder
         */
        public Builder loginUrl(String loginUrl) {
            Objects.requireNonNull(loginUrl, "'loginUrl' cannot be null.");
            this.loginUrl = loginUrl.endsWith("/") ? loginUrl.substring(0, loginUrl.length() - 1) : loginUrl;
            return this;
        }

        /**
         * The clock that {@code exp}, {@code nbf} and a customer login's {@code iat} are read from. Defaults to
         * {@link Clock#systemUTC()}; tests pass a fixed clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "'clock' cannot be null.");
            return this;
        }

        /**
         * How far this machine's clock may be from BigCommerce's when checking {@code exp} and {@code nbf}.
         * Defaults to 10 seconds; at most 5 minutes; whole seconds.
         *
         * @param clockSkew the allowed skew
         * @return this builder
         */
        public Builder clockSkew(Duration clockSkew) {
            Objects.requireNonNull(clockSkew, "'clockSkew' cannot be null.");
            if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException(
                        "'clockSkew' must be between 0 and " + MAX_CLOCK_SKEW + ", was " + clockSkew + ".");
            }
            this.clockSkew = clockSkew;
            return this;
        }

        /**
         * Creates the app.
         *
         * @return the app
         * @throws IllegalArgumentException naming a missing or bad setting
         * @throws WeakClientSecretException when the client secret is too short to be a real one
         */
        public BigCommerceApp build() {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("'clientId' is required.");
            }
            if (clientSecret == null) {
                throw new IllegalArgumentException("'clientSecret' is required.");
            }
            return new BigCommerceApp(this);
        }
    }
}
