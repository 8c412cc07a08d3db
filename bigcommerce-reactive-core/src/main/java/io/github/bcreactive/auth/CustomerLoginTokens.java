package io.github.bcreactive.auth;

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

    CustomerLoginTokens(String clientId, ClientSecret secret) {
        this.clientId = clientId;
        this.secret = secret;
    }

    String sign(String storeHash, CustomerLogin login, Instant issuedAt) {
        checkStoreHash(storeHash);
        Objects.requireNonNull(login, "'login' cannot be null.");
        JwtBuilder jwt = Jwts.builder()
                .json(JwtJson.serializer())
                .header().type("JWT").and()
                .issuer(clientId)
                .issuedAt(Date.from(issuedAt))
                .id(UUID.randomUUID().toString())
                .claim("operation", "customer_login")
                .claim("store_hash", storeHash)
                .claim("customer_id", login.customerId());
        login.redirectTo().ifPresent(path -> jwt.claim("redirect_to", path));
        login.requestIp().ifPresent(ip -> jwt.claim("request_ip", ip));
        login.channelId().ifPresent(id -> jwt.claim("channel_id", id));
        return jwt.signWith(secret.key(), HmacAlgorithm.HS256).compact();
    }

    static String checkStoreHash(String storeHash) {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        if (!STORE_HASH.matcher(storeHash).matches()) {
            throw new IllegalArgumentException("'storeHash' must be letters and digits, was '" + storeHash + "'.");
        }
        return storeHash;
    }
}
