package io.github.bcreactive.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.crypto.Mac;

import io.github.bcreactive.auth.InvalidPayloadException.Reason;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.IncorrectClaimException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.MissingClaimException;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.UnsupportedJwtException;
import io.jsonwebtoken.security.SecurityException;
import io.jsonwebtoken.security.SignatureException;
import tools.jackson.core.JacksonException;

/**
 * Verifies what BigCommerce sends an app: {@code signed_payload_jwt} (HS256 or HS512, {@code iss} "bc"), the
 * current-customer JWT (HS512, {@code iss} "bc/apps") and the legacy {@code signed_payload}. Pure: no I/O.
 */
final class PayloadVerifier {

    /** The {@code iss} of app callback tokens. */
    static final String CALLBACK_ISSUER = "bc";

    /** The {@code iss} of current-customer tokens. */
    static final String CURRENT_CUSTOMER_ISSUER = "bc/apps";

    private static final String STORE_PREFIX = "stores/";
    private static final List<String> NUMERIC_DATES = List.of(Claims.EXPIRATION, Claims.ISSUED_AT, Claims.NOT_BEFORE);

    private final ClientSecret secret;
    private final TokenKind callback;
    private final TokenKind currentCustomer;

    PayloadVerifier(String clientId, ClientSecret secret, Clock clock, Duration clockSkew) {
        this.secret = secret;
        this.callback = TokenKind.of("signed_payload_jwt", clientId, secret, clock, clockSkew, CALLBACK_ISSUER,
                List.of(HmacAlgorithm.HS256, HmacAlgorithm.HS512));
        this.currentCustomer = TokenKind.of("current customer JWT", clientId, secret, clock, clockSkew,
                CURRENT_CUSTOMER_ISSUER, List.of(HmacAlgorithm.HS512));
    }

    /** One kind of BigCommerce JWT: its name in messages, the algorithms it may use, and its jjwt parser. */
    private record TokenKind(String what, Set<String> algorithms, JwtParser parser) {

        static TokenKind of(String what, String clientId, ClientSecret secret, Clock clock, Duration clockSkew,
                String issuer, List<HmacAlgorithm> allowed) {
            var sig = Jwts.parser().json(JwtJson.deserializer()).sig().clear();
            allowed.forEach(sig::add);
            JwtParser parser = sig.and()
                    .verifyWith(secret.key())
                    .requireAudience(clientId)
                    .requireIssuer(issuer)
                    .clock(() -> Date.from(clock.instant()))
                    .clockSkewSeconds(clockSkew.toSeconds())
                    .build();
            return new TokenKind(what, allowed.stream().map(HmacAlgorithm::getId).collect(Collectors.toSet()), parser);
        }
    }

    SignedPayloadClaims signedPayloadJwt(String jwt) {
        Claims claims = parse(callback, jwt);
        PayloadFields fields = PayloadFields.of(claims);
        String subject = fields.text(Claims.SUBJECT);
        if (!subject.startsWith(STORE_PREFIX) || subject.length() == STORE_PREFIX.length()) {
            throw fields.bad(Claims.SUBJECT, "of the form stores/{store_hash}");
        }
        return new SignedPayloadClaims(
                subject.substring(STORE_PREFIX.length()),
                fields.object("user").user(),
                fields.object("owner").user(),
                fields.optionalText("url").orElse("/"),
                fields.optionalNumber("channel_id"),
                claims.getIssuedAt().toInstant(),
                claims.getExpiration().toInstant(),
                fields.text(Claims.ID));
    }

    CurrentCustomerClaims currentCustomer(String jwt) {
        Claims claims = parse(currentCustomer, jwt);
        PayloadFields fields = PayloadFields.of(claims);
        PayloadFields customer = fields.object("customer");
        return new CurrentCustomerClaims(
                fields.text("store_hash"),
                customer.number("id"),
                customer.text("email"),
                customer.optionalId("group_id"),
                claims.getIssuedAt().toInstant(),
                claims.getExpiration().toInstant());
    }

    /**
     * Verifies {@code base64(json) "." base64(hex(HMAC-SHA256(json)))}, comparing the hex MACs in constant time.
     */
    LegacySignedPayload legacySignedPayload(String signedPayload) {
        Objects.requireNonNull(signedPayload, "'signedPayload' cannot be null.");
        int dot = signedPayload.indexOf('.');
        if (dot <= 0 || dot != signedPayload.lastIndexOf('.') || dot == signedPayload.length() - 1) {
            throw new InvalidPayloadException(Reason.MALFORMED,
                    "signed_payload is not two base64 parts joined by '.'.", null);
        }
        byte[] json = base64(signedPayload.substring(0, dot));
        byte[] givenHex = base64(signedPayload.substring(dot + 1));
        byte[] expectedHex = HexFormat.of().formatHex(hmacSha256(json)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expectedHex, givenHex)) {
            throw new InvalidPayloadException(Reason.BAD_SIGNATURE,
                    "signed_payload's signature does not match the client secret.", null);
        }
        Map<String, ?> content;
        try {
            content = JwtJson.deserializer().deserialize(json);
        } catch (RuntimeException e) {
            throw new InvalidPayloadException(Reason.MALFORMED, "signed_payload is not a JSON object.", e);
        }
        PayloadFields fields = PayloadFields.of(content);
        return new LegacySignedPayload(
                fields.text("store_hash"),
                fields.object("user").user(),
                fields.optionalObject("owner").map(PayloadFields::user));
    }

    private byte[] hmacSha256(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret.key());
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM.", e);
        }
    }

    private static byte[] base64(String part) {
        try {
            return Base64.getDecoder().decode(part.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new InvalidPayloadException(Reason.MALFORMED, "signed_payload is not valid base64.", e);
        }
    }

    private static Claims parse(TokenKind kind, String jwt) {
        Objects.requireNonNull(jwt, "'jwt' cannot be null.");
        String what = kind.what();
        checkAlgorithm(kind, jwt);
        byte[] payload = utf8Payload(kind, jwt);
        Claims claims;
        try {
            claims = kind.parser().parseSignedClaims(jwt).getPayload();
        } catch (JwtException | JacksonException | IllegalArgumentException e) {
            throw rejection(e, what);
        }
        checkNumericDates(kind, payload);
        if (claims.getExpiration() == null) {
            throw new InvalidPayloadException(Reason.BAD_CLAIM, what + " has no 'exp'.", null);
        }
        if (claims.getIssuedAt() == null) {
            throw new InvalidPayloadException(Reason.BAD_CLAIM, what + " has no 'iat'.", null);
        }
        return claims;
    }

    /**
     * Reads {@code alg} before jjwt does, so that a forbidden algorithm ({@code none}, RS256, HS384) is told apart
     * from a token whose payload jjwt could not read (both are {@link UnsupportedJwtException} there).
     */
    private static void checkAlgorithm(TokenKind kind, String jwt) {
        int dot = jwt.indexOf('.');
        Object alg;
        try {
            alg = JwtJson.deserializer().deserialize(Base64.getUrlDecoder().decode(jwt.substring(0, Math.max(dot, 0))))
                    .get("alg");
        } catch (RuntimeException e) {
            throw new InvalidPayloadException(Reason.MALFORMED, kind.what() + " has no readable header.", e);
        }
        if (!(alg instanceof String id) || !kind.algorithms().contains(id)) {
            throw new InvalidPayloadException(Reason.UNSUPPORTED_ALGORITHM, kind.what() + " uses alg '" + alg
                    + "'; only " + new TreeSet<>(kind.algorithms()) + " are accepted.", null);
        }
    }

    /** The payload's bytes, refused unless they are well-formed UTF-8 (RFC 7519: the claims are UTF-8 JSON). */
    private static byte[] utf8Payload(TokenKind kind, String jwt) {
        int first = jwt.indexOf('.');
        int second = jwt.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            throw new InvalidPayloadException(Reason.MALFORMED, kind.what() + " is not a well-formed JWT.", null);
        }
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(jwt.substring(first + 1, second));
        } catch (IllegalArgumentException e) {
            throw new InvalidPayloadException(Reason.MALFORMED, kind.what() + "'s payload is not base64url.", e);
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload));
        } catch (CharacterCodingException e) {
            throw new InvalidPayloadException(Reason.MALFORMED, kind.what() + "'s payload is not UTF-8.", e);
        }
        return payload;
    }

    /**
     * Refuses {@code exp}, {@code iat} and {@code nbf} unless they are JSON numbers (RFC 7519's NumericDate); jjwt
     * would also read them from strings.
     */
    private static void checkNumericDates(TokenKind kind, byte[] payload) {
        Map<String, ?> raw = JwtJson.deserializer().deserialize(payload);
        for (String claim : NUMERIC_DATES) {
            Object value = raw.get(claim);
            if (value != null && !(value instanceof Number)) {
                throw new InvalidPayloadException(Reason.BAD_CLAIM,
                        kind.what() + "'s '" + claim + "' is not a number of seconds.", null);
            }
        }
    }

    private static InvalidPayloadException rejection(RuntimeException e, String what) {
        if (e instanceof ExpiredJwtException expired) {
            return new InvalidPayloadException(Reason.EXPIRED,
                    what + " expired at " + expired.getClaims().getExpiration().toInstant() + ".", e);
        }
        if (e instanceof PrematureJwtException premature) {
            return new InvalidPayloadException(Reason.NOT_YET_VALID,
                    what + " is not valid before " + premature.getClaims().getNotBefore().toInstant() + ".", e);
        }
        if (e instanceof IncorrectClaimException || e instanceof MissingClaimException) {
            String claim = e instanceof IncorrectClaimException incorrect
                    ? incorrect.getClaimName() : ((MissingClaimException) e).getClaimName();
            if (Claims.AUDIENCE.equals(claim)) {
                return new InvalidPayloadException(Reason.WRONG_AUDIENCE,
                        what + " is not addressed to this app's client id.", e);
            }
            if (Claims.ISSUER.equals(claim)) {
                return new InvalidPayloadException(Reason.WRONG_ISSUER, what + " was not issued by BigCommerce.", e);
            }
            return new InvalidPayloadException(Reason.BAD_CLAIM, what + " has a wrong '" + claim + "'.", e);
        }
        if (e instanceof SignatureException && e.getCause() instanceof UnsupportedJwtException) {
            return new InvalidPayloadException(Reason.UNSUPPORTED_ALGORITHM,
                    what + " is not signed with an algorithm allowed for it.", e);
        }
        if (e instanceof SecurityException) {
            return new InvalidPayloadException(Reason.BAD_SIGNATURE,
                    what + "'s signature does not match the client secret.", e);
        }
        return new InvalidPayloadException(Reason.MALFORMED, what + " is not a well-formed JWT.", e);
    }
}
