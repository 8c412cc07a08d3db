package io.github.bcreactive.paging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The continuation tokens of one listing: an opaque, URL-safe text naming the format, a checksum, the paging style, a
 * fingerprint of the listing (its path and filters), the page size and the position (a page number or a cursor).
 * A token resumes only the listing it came from: one that is malformed, of another format or style, or of another
 * listing is refused with {@link IllegalArgumentException}, so a bad token never silently restarts a listing.
 */
final class ContinuationToken {

    private static final String FORMAT = "bc1";
    private static final char SEPARATOR = '|';

    private final PagingStyle style;
    private final String fingerprint;

    ContinuationToken(PagingStyle style, String path, String filters) {
        this.style = style;
        this.fingerprint = hash(path + "?" + filters, 8);
    }

    /** The token of a position: a page number or a cursor, with the page size to ask for. */
    String encode(Position position) {
        String body = style.name() + SEPARATOR + fingerprint + SEPARATOR + position.limit() + SEPARATOR
                + position.value();
        String text = FORMAT + SEPARATOR + hash(body, 4) + SEPARATOR + body;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token names, checked against this listing. */
    Position decode(String token) {
        if (token.isBlank()) {
            throw new IllegalArgumentException("'continuationToken' cannot be blank.");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        String[] head = text.split("\\|", 3);
        if (head.length != 3 || !head[0].equals(FORMAT) || !head[1].equals(hash(head[2], 4))) {
            throw malformed();
        }
        String[] parts = head[2].split("\\|", 4);
        if (parts.length != 4) {
            throw malformed();
        }
        if (!parts[0].equals(style.name())) {
            throw new IllegalArgumentException("The continuation token is of a listing paged " + parts[0]
                    + "; this listing pages " + style + ".");
        }
        if (!parts[1].equals(fingerprint)) {
            throw new IllegalArgumentException("The continuation token is of another listing (another path or other "
                    + "filters); it cannot resume this one.");
        }
        int limit;
        try {
            limit = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            throw malformed();
        }
        if (limit < 1 || parts[3].isEmpty()) {
            throw malformed();
        }
        return new Position(limit, parts[3]);
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("The continuation token is malformed: pass a token exactly as a page's "
                + "continuationToken() gave it.");
    }

    /** The first bytes of the text's SHA-256, in hex. */
    private static String hash(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * A place in a listing: the page size and the page number or cursor of the next request.
     *
     * @param limit the page size
     * @param value the page number (as text) or the cursor
     */
    record Position(int limit, String value) {

        /** The page number this position names, checked. */
        int pageNumber() {
            try {
                int number = Integer.parseInt(value);
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw malformed();
        }

        /** The offset this position names, checked. */
        long offset() {
            try {
                long offset = Long.parseLong(value);
                if (offset >= 0) {
                    return offset;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw malformed();
        }
    }
}
