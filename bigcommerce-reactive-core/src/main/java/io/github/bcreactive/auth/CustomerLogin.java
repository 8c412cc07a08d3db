package io.github.bcreactive.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a customer-login JWT asks of the storefront: whom to sign in, and optionally where to send them, from which
 * IP address, on which channel. Immutable; each {@code with..} returns a copy.
 *
 * <pre>{@code
 * CustomerLogin login = CustomerLogin.of(42)
 *         .withRedirectTo("/cart.php")
 *         .withRequestIp("203.0.113.7")
 *         .withChannelId(1)
 *         .withStoreClock();
 * }</pre>
 *
 * @param customerId the shopper to sign in ({@code customer_id})
 * @param redirectTo the storefront path to land on after sign-in ({@code redirect_to}); BigCommerce's default is
 *                   {@code /account.php}
 * @param requestIp the IP address the browser must come from ({@code request_ip})
 * @param channelId the storefront channel ({@code channel_id}); BigCommerce's default is 1
 */
public record CustomerLogin(
        long customerId,
        Optional<String> redirectTo,
        Optional<String> requestIp,
        OptionalLong channelId) {

    /**
     * Checks the parts.
     *
     * @param customerId the shopper to sign in; positive
     * @param redirectTo a path starting with a single {@code /}, or empty
     * @param requestIp the browser's IP address, or empty
     * @param channelId a positive channel id, or empty
     * @throws IllegalArgumentException naming the part that is out of range
     */
    public CustomerLogin {
        if (customerId <= 0) {
            throw new IllegalArgumentException("'customerId' must be positive, was " + customerId + ".");
        }
        Objects.requireNonNull(redirectTo, "'redirectTo' cannot be null.");
        Objects.requireNonNull(requestIp, "'requestIp' cannot be null.");
        Objects.requireNonNull(channelId, "'channelId' cannot be null.");
        redirectTo.ifPresent(path -> {
            if (!path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException(
                        "'redirectTo' must be a path on the storefront starting with '/', was '" + path + "'.");
            }
        });
        requestIp.ifPresent(ip -> {
            if (ip.isBlank()) {
                throw new IllegalArgumentException("'requestIp' cannot be blank.");
            }
        });
        channelId.ifPresent(id -> {
            if (id <= 0) {
                throw new IllegalArgumentException("'channelId' must be positive, was " + id + ".");
            }
        });
    }

    /**
     * A login of one customer with BigCommerce's defaults for everything else.
     *
     * @param customerId the shopper to sign in
     * @return the login
     */
    public static CustomerLogin of(long customerId) {
        return new CustomerLogin(customerId, Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    /**
     * Sends the shopper to a storefront path after sign-in ({@code /login.php?action=logout} signs them out).
     *
     * @param path a path starting with {@code /}
     * @return a copy with {@code redirect_to}
     */
    public CustomerLogin withRedirectTo(String path) {
        Objects.requireNonNull(path, "'redirectTo' cannot be null.");
        return new CustomerLogin(customerId, Optional.of(path), requestIp, channelId);
    }

    /**
     * Binds the login to the browser's IP address; BigCommerce refuses it from any other.
     *
     * @param ip the address, as the storefront will see it
     * @return a copy with {@code request_ip}
     */
    public CustomerLogin withRequestIp(String ip) {
        Objects.requireNonNull(ip, "'requestIp' cannot be null.");
        return new CustomerLogin(customerId, redirectTo, Optional.of(ip), channelId);
    }

    /**
     * Signs the shopper in to one storefront channel (required for embedded checkout on headless storefronts).
     *
     * @param id the channel id
     * @return a copy with {@code channel_id}
     */
    public CustomerLogin withChannelId(long id) {
        return new CustomerLogin(customerId, redirectTo, requestIp, OptionalLong.of(id));
    }
}
