package io.github.bcreactive.auth;

/**
 * The client secret given to {@link BigCommerceApp.Builder#clientSecret(String)} is too short to be one BigCommerce
 * issued, so nothing signed with it could be trusted. The message gives the secret's length, never the secret.
 *
 * <pre>{@code
 * try {
 *     BigCommerceApp.builder().clientId(id).clientSecret(System.getenv("BC_CLIENT_SECRET")).build();
 * } catch (WeakClientSecretException e) {
 *     // the variable was truncated or holds a placeholder
 * }
 * }</pre>
 */
public final class WeakClientSecretException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int bits;

    WeakClientSecretException(int bits, int minimumBits) {
        super("'clientSecret' is " + bits + " bits long; a BigCommerce client secret has at least " + minimumBits
                + " (BigCommerce issues 31-character secrets, 248 bits). Check that the whole secret was configured.");
        this.bits = bits;
    }

    /**
     * The length of the rejected secret.
     *
     * @return its length in bits (UTF-8 bytes times eight)
     */
    public int bits() {
        return bits;
    }
}
