package io.github.bcreactive.auth;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import io.jsonwebtoken.security.SecureDigestAlgorithm;
import io.jsonwebtoken.security.SecureRequest;
import io.jsonwebtoken.security.SignatureException;
import io.jsonwebtoken.security.VerifySecureDigestRequest;

/**
 * HS256 / HS512 for jjwt, computed with the JDK's {@link Mac} and compared in constant time. It differs from jjwt's
 * own {@code Jwts.SIG.HS256} in one rule only: it takes the key as it is, because BigCommerce signs with 248-bit client
 * secrets that jjwt's RFC 7518 key-length check refuses (see {@link ClientSecret}, which keeps a floor of its own).
 * Registering it under the standard ids replaces jjwt's versions in a parser, and listing only these makes every
 * other {@code alg} (none, RS256, HS384, ...) an unsupported algorithm.
 */
final class HmacAlgorithm implements SecureDigestAlgorithm<SecretKey, SecretKey> {

    /** HMAC using SHA-256: signed_payload_jwt and the customer-login JWT. */
    static final HmacAlgorithm HS256 = new HmacAlgorithm("HS256", "HmacSHA256");

    /** HMAC using SHA-512: the current-customer JWT. */
    static final HmacAlgorithm HS512 = new HmacAlgorithm("HS512", "HmacSHA512");

    private static final int CHUNK = 4096;

    private final String id;
    private final String jcaName;

    private HmacAlgorithm(String id, String jcaName) {
        this.id = id;
        this.jcaName = jcaName;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public byte[] digest(SecureRequest<InputStream, SecretKey> request) {
        try {
            Mac mac = mac(request.getProvider());
            mac.init(request.getKey());
            InputStream payload = request.getPayload();
            byte[] chunk = new byte[CHUNK];
            for (int read = payload.read(chunk); read != -1; read = payload.read(chunk)) {
                mac.update(chunk, 0, read);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException | IOException e) {
            throw new SignatureException("Cannot compute " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean verify(VerifySecureDigestRequest<SecretKey> request) {
        return MessageDigest.isEqual(digest(request), request.getDigest());
    }

    private Mac mac(Provider provider) throws GeneralSecurityException {
        return provider == null ? Mac.getInstance(jcaName) : Mac.getInstance(jcaName, provider);
    }

    @Override
    public String toString() {
        return id;
    }
}
