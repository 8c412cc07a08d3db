package io.github.bcreactive.test.api;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The simulator's one relaxation of the webhook destination rule: BigCommerce takes only {@code https://} URLs on port
 * 443, while a test's receiver listens on plain HTTP on a loopback port, so {@code http://localhost:*} and
 * {@code http://127.0.0.1:*} are accepted too.
 */
final class WebhookDestinations {

    private WebhookDestinations() {
    }

    static boolean isLoopbackHttp(String destination) {
        try {
            URI uri = new URI(destination);
            return "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
