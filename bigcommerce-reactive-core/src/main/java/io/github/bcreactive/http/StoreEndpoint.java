package io.github.bcreactive.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;

/**
 * Where one store's API lives and how to authenticate to it: an OAuth store hash and access token against the API
 * host, or the legacy basic auth of a store host, username and API token. Its {@link #toString()} names the store
 * and never the credentials.
 */
public final class StoreEndpoint {

    private static final Pattern STORE_HASH = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String storeKey;
    private final String origin;
    private final Map<String, String> versionBases;
    private final String graphqlUrl;
    private final Map<String, String> credentials;

    private StoreEndpoint(String storeKey, String origin, Map<String, String> versionBases, String graphqlUrl,
            Map<String, String> credentials) {
        this.storeKey = storeKey;
        this.origin = origin;
        this.versionBases = versionBases;
        this.graphqlUrl = graphqlUrl;
        this.credentials = credentials;
    }

    /**
     * A store reached through the API host with an OAuth access token ({@code X-Auth-Token}).
     *
     * @param apiUrl the API host, e.g. {@code https://api.bigcommerce.com}
     * @param storeHash the store hash
     * @param accessToken the access token
     * @param clientId the app's client id, sent as {@code X-Auth-Client}; may be {@code null}
     * @return the endpoint
     * @throws IllegalArgumentException naming the setting that is missing or malformed, or that has a control
     *     character or surrounding whitespace (never showing the token)
     */
    public static StoreEndpoint accessToken(String apiUrl, String storeHash, String accessToken, String clientId) {
        String base = httpUrl(apiUrl, "apiUrl");
        requireStoreHash(storeHash);
        HeaderValues.require(accessToken, "accessToken", true);
        if (clientId != null && clientId.isBlank()) {
            throw new IllegalArgumentException("'clientId' cannot be blank when given.");
        }
        if (clientId != null) {
            HeaderValues.require(clientId, "clientId", false);
        }
        String store = base + "/stores/" + storeHash;
        return new StoreEndpoint(storeHash, origin(base), Map.of("v2", store + "/v2", "v3", store + "/v3"),
                store + "/graphql", clientId == null ? Map.of("X-Auth-Token", accessToken)
                        : Map.of("X-Auth-Token", accessToken, "X-Auth-Client", clientId));
    }

    /**
     * A store's B2B Edition REST management API, on its own host: every call carries the access token
     * ({@code X-Auth-Token}, a store API token with the B2B Edition scope) and the store hash
     * ({@code X-Store-Hash}), and its paths sit under {@code {b2bUrl}/api/v3/io}. Only
     * {@code ApiVersion.B2B} is served this way.
     *
     * @param b2bUrl the B2B Edition host, e.g. {@code https://api-b2b.bigcommerce.com}
     * @param storeHash the store hash
     * @param accessToken the access token
     * @return the endpoint
     * @throws IllegalArgumentException naming the setting that is missing or malformed (never showing the token)
     */
    public static StoreEndpoint b2b(String b2bUrl, String storeHash, String accessToken) {
        String base = httpUrl(b2bUrl, "b2bUrl");
        requireStoreHash(storeHash);
        HeaderValues.require(accessToken, "accessToken", true);
        return new StoreEndpoint(storeHash, origin(base), Map.of("b2b", base + "/api/v3/io"), null,
                Map.of("X-Auth-Token", accessToken, "X-Store-Hash", storeHash));
    }

    private static void requireStoreHash(String storeHash) {
        HeaderValues.require(storeHash, "storeHash", false);
        if (!STORE_HASH.matcher(storeHash).matches()) {
            throw new IllegalArgumentException("'storeHash' must be 1 to 64 letters, digits, '-' or '_', was '"
                    + storeHash + "'.");
        }
    }

    /**
     * A store reached with the legacy basic auth, at {@code https://{host}/api/v2/}. Only v2 is served this way.
     *
     * @param host the store host, e.g. {@code store.example.com}; a full {@code http(s)://} URL is taken as is
     * @param username the API username
     * @param apiToken the API token
     * @return the endpoint
     * @throws IllegalArgumentException naming the setting that is missing or malformed (never showing the token)
     */
    public static StoreEndpoint basicAuth(String host, String username, String apiToken) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("'host' is required for basic auth.");
        }
        String base = httpUrl(host.contains("://") ? host : "https://" + host, "host");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("'username' is required for basic auth.");
        }
        HeaderValues.require(username, "username", false);
        HeaderValues.require(apiToken, "apiToken", true);
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
        return new StoreEndpoint(URI.create(base).getHost(), origin(base), Map.of("v2", base + "/api/v2"), null,
                Map.of(HttpHeaders.AUTHORIZATION, "Basic " + credentials));
    }

    /**
     * BigCommerce's login service rather than a store: reached by absolute URL only and with no store credentials,
     * because the OAuth token exchange authenticates with the app's client id and secret in its body.
     *
     * @param loginUrl the login host, e.g. {@code https://login.bigcommerce.com}
     * @param storeKey the store the calls are about, as the logs and the rate limiter name it
     * @return the endpoint
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL or the store key is blank
     */
    public static StoreEndpoint loginService(String loginUrl, String storeKey) {
        String base = httpUrl(loginUrl, "loginUrl");
        if (storeKey == null || storeKey.isBlank()) {
            throw new IllegalArgumentException("'storeKey' is required.");
        }
        return new StoreEndpoint(storeKey, origin(base), Map.of(), null, Map.of());
    }

    /**
     * The key the rate limiter and the logs know this store by.
     *
     * @return the store hash, or the store host for basic auth
     */
    public String storeKey() {
        return storeKey;
    }

    /**
     * The base URL of a version's paths.
     *
     * @param version the API version
     * @return e.g. {@code https://api.bigcommerce.com/stores/abc123/v3}
     * @throws IllegalStateException for a version this endpoint does not serve (v3 on basic auth, v2 and v3 on B2B
     *     Edition)
     */
    public String baseUrl(WireVersion version) {
        String base = versionBases.get(version.segment());
        if (base == null) {
            throw new IllegalStateException("The " + version.segment() + " API is not served by this endpoint: v2 and "
                    + "v3 need an OAuth store hash and access token (basic auth reaches only v2), B2B Edition its own "
                    + "endpoint (client.b2b()), the login service only absolute URLs.");
        }
        return base;
    }

    /**
     * The store's GraphQL Admin API URL.
     *
     * @return e.g. {@code https://api.bigcommerce.com/stores/abc123/graphql}
     * @throws IllegalStateException on a basic-auth endpoint
     */
    public String graphqlUrl() {
        if (graphqlUrl == null) {
            throw new IllegalStateException("GraphQL needs an OAuth store hash and access token.");
        }
        return graphqlUrl;
    }

    /**
     * Whether a URL is on the API host, and so may carry this store's credentials.
     *
     * @param url an absolute URL
     * @return {@code true} when its scheme, host and port are the API host's
     */
    public boolean isOwnOrigin(URI url) {
        return origin.equals(origin(url));
    }

    /**
     * Adds the credential headers to a request.
     *
     * @param headers the request headers
     */
    public void authenticate(HttpHeaders headers) {
        credentials.forEach(headers::set);
    }

    @Override
    public String toString() {
        return "StoreEndpoint[store=" + storeKey + ", origin=" + origin + "]";
    }

    private static String httpUrl(String url, String name) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required.");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + name + "' is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + name + "' must be an absolute http or https URL with a host.");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + name + "' cannot carry credentials, a query or a fragment.");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String origin(String url) {
        return origin(URI.create(url));
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT) + "://"
                + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    /**
     * Validates a URL setting the way the endpoint does.
     *
     * @param url the URL
     * @param name the setting's name, for the error message
     * @return the URL without a trailing slash
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public static String requireHttpUrl(String url, String name) {
        return httpUrl(url, name);
    }
}
