package io.github.bcreactive.error;

/**
 * A response could not be decoded: malformed or truncated JSON, a value of the wrong type, or a body larger than the
 * client accepts. Carries the request path and a short excerpt of the body.
 */
public final class DecodeException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    /** The longest excerpt of a body an exception keeps. */
    public static final int EXCERPT_LENGTH = 200;

    private final String path;
    private final String excerpt;

    /**
     * Creates the exception.
     *
     * @param message what could not be decoded
     * @param path the request path (no query, no secrets)
     * @param body the body, of which only the first {@value #EXCERPT_LENGTH} characters are kept; may be {@code null}
     * @param cause the parser's failure
     */
    public DecodeException(String message, String path, String body, Throwable cause) {
        super(message + " (" + path + "): " + excerpt(body), cause);
        this.path = path;
        this.excerpt = excerpt(body);
    }

    /**
     * The path of the request whose response failed to decode.
     *
     * @return the path, without the query
     */
    public String path() {
        return path;
    }

    /**
     * The start of the body that failed to decode.
     *
     * @return at most {@value #EXCERPT_LENGTH} characters of it
     */
    public String excerpt() {
        return excerpt;
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= EXCERPT_LENGTH ? body : body.substring(0, EXCERPT_LENGTH) + "...";
    }
}
