package io.github.bcreactive.auth;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An app's client secret as an HMAC key: the UTF-8 bytes of the secret string, as BigCommerce and every official
 * client (PyJWT, jsonwebtoken) use it. Never shows the secret.
 *
 * <p>BigCommerce issues 31-character lowercase alphanumeric secrets, i.e. 248 bits. jjwt's built-in HMAC algorithms
 * refuse any key shorter than the hash (256 bits for HS256, 512 for HS512, RFC 7518 section 3.2), so they could not
 * verify a single real token; {@link HmacAlgorithm} computes the same MAC without that rule. This class keeps a floor
 * of its own: a secret under {@value #MIN_BYTES} bytes is not one BigCommerce issued (a truncated variable, a
 * placeholder) and fails at once with {@link WeakClientSecretException}.
 */
final class ClientSecret {

    /** The shortest secret accepted, in UTF-8 bytes (128 bits). */
    static final int MIN_BYTES = 16;

    private final String value;
    private final SecretKey key;

    private ClientSecret(String value, SecretKey key) {
        this.value = value;
        this.key = key;
    }

    /**
     * Checks a client secret and turns it into a key.
     *
     * @param secret the client secret from the app's profile in the Developer Portal
     * @return the secret as an HMAC key
     * @throws WeakClientSecretException when the secret is shorter than {@value #MIN_BYTES} bytes
     */
    static ClientSecret of(String secret) {
        Objects.requireNonNull(secret, "'clientSecret' cannot be null.");
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new WeakClientSecretException(bytes.length * 8, MIN_BYTES * 8);
        }
        return new ClientSecret(secret, new SecretKeySpec(bytes, "HmacSHA256"));
    }

    /**
     * The key to sign and verify with.
     *
     * @return the HMAC key
     */
    SecretKey key() {
        return key;
    }

    /**
     * The secret itself, for the one place it must travel: the body of the token exchange.
     *
     * @return the client secret
     */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "ClientSecret[hidden]";
    }
}
