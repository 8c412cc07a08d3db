package io.github.bcreactive.http;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP proxy the clients connect through: host and port, optional credentials (sent as
 * {@code Proxy-Authorization: Basic}) and hosts reached directly. HTTPS and plain HTTP targets both go through the
 * proxy's {@code CONNECT} tunnel. Immutable; {@link #toString()} never shows the password.
 *
 * <pre>{@code
 * BigCommerceClient client = BigCommerceClient.builder()
 *         .storeHash("abc123").accessToken(token)
 *         .proxy(ProxyOptions.of("proxy.corp.example", 3128)
 *                 .withCredentials("svc-bigcommerce", System.getenv("PROXY_PASSWORD"))
 *                 .withNonProxyHosts("localhost|*.corp.example"))
 *         .build();
 * }</pre>
 */
public final class ProxyOptions {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String nonProxyHosts;

    private ProxyOptions(String host, int port, String username, String password, String nonProxyHosts) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.nonProxyHosts = nonProxyHosts;
    }

    /**
     * A proxy without credentials, used for every host.
     *
     * @param host the proxy's host name or address
     * @param port the proxy's port, 1 to 65535
     * @return the options
     * @throws IllegalArgumentException when the host is blank or the port out of range
     */
    public static ProxyOptions of(String host, int port) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("'proxy host' cannot be blank.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'proxy port' must be between 1 and 65535, was " + port + ".");
        }
        return new ProxyOptions(host.strip(), port, null, null, null);
    }

    /**
     * These options with credentials for the proxy.
     *
     * @param username the proxy user
     * @param password the proxy password
     * @return new options
     * @throws IllegalArgumentException when the username is blank or the password is missing
     */
    public ProxyOptions withCredentials(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("'proxy username' cannot be blank.");
        }
        Objects.requireNonNull(password, "'proxy password' cannot be null.");
        return new ProxyOptions(host, port, username, password, nonProxyHosts);
    }

    /**
     * These options with hosts that are reached directly, in the JDK's {@code http.nonProxyHosts} form:
     * {@code |}-separated host names, each may start or end with {@code *}, e.g. {@code localhost|*.internal}.
     *
     * @param nonProxyHosts the pattern; {@code null} or blank for none
     * @return new options
     */
    public ProxyOptions withNonProxyHosts(String nonProxyHosts) {
        String hosts = nonProxyHosts == null || nonProxyHosts.isBlank() ? null : nonProxyHosts.strip();
        return new ProxyOptions(host, port, username, password, hosts);
    }

    /**
     * The proxy's host.
     *
     * @return the host name or address
     */
    public String host() {
        return host;
    }

    /**
     * The proxy's port.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The proxy user.
     *
     * @return the user, or {@code null} without credentials
     */
    public String username() {
        return username;
    }

    /**
     * The proxy password.
     *
     * @return the password, or {@code null} without credentials
     */
    public String password() {
        return password;
    }

    /**
     * The hosts reached directly, as given.
     *
     * @return the {@code |}-separated pattern, or {@code null} for none
     */
    public String nonProxyHosts() {
        return nonProxyHosts;
    }

    /**
     * The hosts reached directly as a regular expression (Reactor Netty's form): each {@code *} of the JDK form
     * matches any characters, everything else literally, case-insensitively.
     *
     * @return the expression, or {@code null} for none
     */
    public String nonProxyHostsRegex() {
        if (nonProxyHosts == null) {
            return null;
        }
        return "(?i)" + Arrays.stream(nonProxyHosts.split("\\|"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(part -> Arrays.stream(part.split("\\*", -1)).map(Pattern::quote)
                        .collect(Collectors.joining(".*")))
                .collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return "ProxyOptions[" + host + ":" + port + (username == null ? "" : ", username=" + username
                + ", password=******") + (nonProxyHosts == null ? "" : ", nonProxyHosts=" + nonProxyHosts) + "]";
    }
}
