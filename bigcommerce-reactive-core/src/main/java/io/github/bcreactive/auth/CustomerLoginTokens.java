package io.github.bcreactive.auth;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;

/**
 * Signs customer-login JWTs: HS256 with the client secret, {@code iss} = client id, {@code iat}, a fresh {@code jti},
 * {@code operation} = "customer_login", {@code store_hash}, {@code customer_id} and the login's optional claims.
 */
final class CustomerLoginTokens {

    private static final Pattern STORE_HASH = Pattern.compile("[A-Za-z0-9]+");

    private final String clientId;
    private final ClientSecret secret;

    /**
     * The source of {@code jti}s: a DRBG seeded once, here, so that signing on a Reactor thread never reads the
     * system's entropy device (which {@code UUID.randomUUID()} does on every call).
     */
    private final SecureRandom jtiSource;

    CustomerLoginTokens(String clientId, ClientSecret secret) {
        this.clientId = clientId;
        this.secret = secret;
        try {
            this.jtiSource = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no DRBG SecureRandom", e);
        }
        this.jtiSource.nextBytes(new byte[16]);
    }

    String sign(String storeHash, CustomerLogin login, Instant issuedAt) {
        checkStoreHash(storeHash);
        Objects.requireNonNull(login, "'login' cannot be null.");
        JwtBuilder jwt = Jwts.builder()
                .json(JwtJson.serializer())
                .header().type("JWT").and()
                .issuer(clientId)
                .issuedAt(Date.from(issuedAt))
                .id(newJti())
                .claim("operation", "customer_login")
                .claim("store_hash", storeHash)
                .claim("customer_id", login.customerId());
        login.redirectTo().ifPresent(path -> jwt.claim("redirect_to", path));
        login.requestIp().ifPresent(ip -> jwt.claim("request_ip", ip));
        login.channelId().ifPresent(id -> jwt.claim("channel_id", id));
        return jwt.signWith(secret.key(), HmacAlgorithm.HS256).compact();
    }

    /** A random version-4 UUID, as the JWT id. */
    private String newJti() {
        byte[] bytes = new byte[16];
        jtiSource.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    static String checkStoreHash(String storeHash) {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        if (!STORE_HASH.matcher(storeHash).matches()) {
            throw new IllegalArgumentException("'storeHash' must be letters and digits, was '" + storeHash + "'.");
        }
        return storeHash;
    }
}
