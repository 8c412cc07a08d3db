package io.github.bcreactive.http;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;

/**
 * A response as it came off the wire: status, headers and the body's bytes, with the path of the request it
 * answered (for error messages).
 *
 * @param status the status code
 * @param headers the response headers
 * @param body the body bytes; empty when there was none
 * @param path the request path, without the query
 */
public record RawResponse(int status, HttpHeaders headers, byte[] body, String path) {

    /**
     * The body as UTF-8 text.
     *
     * @return the body text; empty when there was none
     */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RawResponse[" + status + ", " + body.length + " bytes, " + path + "]";
    }
}
