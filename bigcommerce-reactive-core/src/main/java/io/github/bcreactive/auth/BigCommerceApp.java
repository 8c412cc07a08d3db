package io.github.bcreactive.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.DecodeException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A BigCommerce app: its client id and secret, and everything done with them. Exchanges an install's code for the
 * store's access token, verifies what BigCommerce sends the app ({@code signed_payload_jwt}, the legacy
 * {@code signed_payload}, current-customer JWTs) and signs customer-login JWTs. Thread-safe; build one per app and
 * share it.
 *
 * <pre>{@code
 * BigCommerceApp app = BigCommerceApp.builder()
 *         .clientId(System.getenv("BC_CLIENT_ID"))
 *         .clientSecret(System.getenv("BC_CLIENT_SECRET"))
 *         .build();
 *
 * // GET /auth?code=...&context=stores/abc123&scope=...
 * Mono<BigCommerceClient> store = app.exchange(code, context, scope, "https://app.example.com/auth")
 *         .flatMap(token -> saveToken(token).thenReturn(app.client(token)));
 *
 * // GET /load?signed_payload_jwt=...
 * SignedPayloadClaims load = app.verifySignedPayloadJwt(signedPayloadJwt);
 * }</pre>
 */
public final class BigCommerceApp {

    /** BigCommerce's login service, where tokens are exchanged. */
    public static final String DEFAULT_LOGIN_URL = "https://login.bigcommerce.com";

    /** The clock skew allowed by default when checking {@code exp} and {@code nbf}. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(10);

    /** The largest clock skew that may be configured. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String LOGIN_CLIENT_KEY = "login";

    private final String clientId;
    private final String loginUrl;
    private final Clock clock;
    private final Consumer<BigCommerceClient.Builder> clientSettings;
    private final PayloadVerifier verifier;
    private final CustomerLoginTokens loginTokens;
    private final TokenExchange tokenExchange;

    private BigCommerceApp(Builder builder) {
        this.clientId = builder.clientId;
        this.loginUrl = builder.loginUrl;
        this.clock = builder.clock;
        this.clientSettings = builder.clientSettings;
        ClientSecret secret = ClientSecret.of(builder.clientSecret);
        this.verifier = new PayloadVerifier(clientId, secret, clock, builder.clockSkew);
        this.loginTokens = new CustomerLoginTokens(clientId, secret);
        this.tokenExchange = new TokenExchange(clientId, secret, clientBuilder().buildLoginClient(LOGIN_CLIENT_KEY));
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
     * Exchanges the code of an auth callback ({@code GET /auth?code=..&context=..&scope=..}) for the store's access
     * token: {@code POST {loginUrl}/oauth2/token} with a JSON body. A code is single-use, so the POST is retried only
     * when no connection could be made.
     *
     * @param code the callback's {@code code}
     * @param context the callback's {@code context}, {@code stores/{store_hash}}
     * @param scope the callback's {@code scope}
     * @param redirectUri the auth callback URL registered in the app's profile
     * @return the token; fails with the core's {@code ClientRequestException} when BigCommerce refuses the code,
     *         {@code TransportException} or {@code ClientTimeoutException} when it cannot be reached, and
     *         {@code DecodeException} when it answers something else than a token
     * @throws IllegalArgumentException naming a missing or malformed argument
     */
    public Mono<OAuthToken> exchange(String code, String context, String scope, String redirectUri) {
        return tokenExchange.exchange(code, context, scope, redirectUri);
    }

    /**
     * A client for the store a token was issued for, with the token, this app's client id ({@code X-Auth-Client})
     * and the {@linkplain Builder#clientSettings(Consumer) client settings}. To share one connection pool and rate
     * limiter across many stores, use {@code BigCommerceClients.forStore(token.storeHash(), token.accessToken())}
     * instead.
     *
     * @param token the result of {@link #exchange(String, String, String, String)}, or one stored earlier
     * @return a ready client for the store
     */
    public BigCommerceClient client(OAuthToken token) {
        Objects.requireNonNull(token, "'token' cannot be null.");
        return clientBuilder().storeHash(token.storeHash()).accessToken(token.accessToken()).build();
    }

    private BigCommerceClient.Builder clientBuilder() {
        BigCommerceClient.Builder builder = BigCommerceClient.builder();
        clientSettings.accept(builder);
        return builder.clientId(clientId).loginUrl(loginUrl);
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

    /**
     * Builds a customer's login URL, {@code {secure_url}/login/token/{jwt}}, reading the store's {@code secure_url}
     * (GET /v2/store) with the store's client. The JWT is issued when the store answers, by this app's clock.
     *
     * @param store a client for the store, e.g. {@link #client(OAuthToken)}
     * @param login whom to sign in, and how
     * @return the URL to redirect the shopper's browser to at once
     */
    public Mono<URI> customerLoginUrl(BigCommerceClient store, CustomerLogin login) {
        return customerLoginUrl(store, login, Mono.fromSupplier(clock::instant));
    }

    /**
     * Like {@link #customerLoginUrl(BigCommerceClient, CustomerLogin)}, but {@code iat} is the store's own time
     * (GET /v2/time), as the Python client's {@code use_bc_time}: for servers whose clock may drift beyond the
     * 30 seconds BigCommerce allows.
     *
     * @param store a client for the store
     * @param login whom to sign in, and how
     * @return the URL to redirect the shopper's browser to at once
     */
    public Mono<URI> customerLoginUrlOnStoreClock(BigCommerceClient store, CustomerLogin login) {
        Objects.requireNonNull(store, "'store' cannot be null.");
        return customerLoginUrl(store, login, store.v2().get("/time")
                .map(time -> Instant.ofEpochSecond(requiredField(time, "time", "/time").asLong())));
    }

    private Mono<URI> customerLoginUrl(BigCommerceClient store, CustomerLogin login, Mono<Instant> issuedAt) {
        Objects.requireNonNull(store, "'store' cannot be null.");
        Objects.requireNonNull(login, "'login' cannot be null.");
        return store.v2().get("/store")
                .map(info -> requiredField(info, "secure_url", "/store").asString())
                .zipWhen(secureUrl -> issuedAt)
                .map(urlAndTime -> {
                    String secureUrl = urlAndTime.getT1();
                    String base = secureUrl.endsWith("/") ? secureUrl.substring(0, secureUrl.length() - 1) : secureUrl;
                    return URI.create(base + "/login/token/"
                            + loginTokens.sign(store.storeHash(), login, urlAndTime.getT2()));
                });
    }

    private static JsonNode requiredField(JsonNode body, String field, String path) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            throw new DecodeException("The store's " + path + " has no '" + field + "'", path, body.toString(), null);
        }
        return value;
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
        private Consumer<BigCommerceClient.Builder> clientSettings = builder -> { };

        private Builder() {
        }

        /**
         * Settings for the clients the app makes, the token exchange's and {@link BigCommerceApp#client(OAuthToken)}'s,
         * e.g. {@code b -> b.apiUrl(url).responseTimeout(d).webClientBuilder(w)}. The store hash, token, client id
         * and login URL are the app's own.
         *
         * @param clientSettings applies the settings to a client builder
         * @return this builder
         */
        public Builder clientSettings(Consumer<BigCommerceClient.Builder> clientSettings) {
            this.clientSettings = Objects.requireNonNull(clientSettings, "'clientSettings' cannot be null.");
            return this;
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
