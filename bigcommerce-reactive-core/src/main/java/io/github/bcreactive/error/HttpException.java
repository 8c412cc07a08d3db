package io.github.bcreactive.error;

import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * BigCommerce answered with a status that is not a success (3xx, 4xx or 5xx). Always carries the response: method,
 * URL, status, headers, raw body and the parsed {@link ApiError}. The subclass tells the meaning:
 * {@link RedirectionException} (3xx), {@link ClientRequestException} (4xx) and {@link ServerException} (5xx),
 * with {@link #status()} for the exact status. A 4xx status has a class of its own only where a caller would catch
 * it: {@link UnauthorizedException} (401), {@link ForbiddenException} (403), {@link NotFoundException} (404),
 * {@link ConflictException} (409), {@link UnprocessableEntityException} (422) and
 * {@link TooManyRequestsException} (429). A 5xx is worth the same handling whatever its number (retry later, or
 * report), so it is one class.
 *
 * <pre>{@code
 * client.v3().get("/catalog/products/1").onErrorResume(HttpException.class, e -> {
 *     log.warn("{} said {}", e.url(), e.apiError().summary());
 *     return Mono.empty();
 * });
 * }</pre>
 */
public abstract class HttpException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    private final transient FailedResponse response;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    protected HttpException(FailedResponse response) {
        super(describe(Objects.requireNonNull(response, "'response' cannot be null.")), null);
        this.response = response;
    }

    /**
     * Creates the exception that fits the response's status.
     *
     * @param response the failed response, of status 300 or above
     * @return the class a caller would catch for the status (401, 403, 404, 409, 422, 429), else the status's
     *     group: {@link ServerException} (5xx), {@link ClientRequestException} (4xx), {@link RedirectionException}
     */
    public static HttpException of(FailedResponse response) {
        int status = response.status();
        return switch (status) {
            case 401 -> new UnauthorizedException(response);
            case 403 -> new ForbiddenException(response);
            case 404 -> new NotFoundException(response);
            case 409 -> new ConflictException(response);
            case 422 -> new UnprocessableEntityException(response);
            case 429 -> new TooManyRequestsException(response);
            default -> status >= 500 ? new ServerException(response)
                    : status >= 400 ? new ClientRequestException(response)
                    : new RedirectionException(response);
        };    }

    /**
     * The whole failed response.
     *
     * @return the method, URL, status, headers, body and parsed error
     */
    public FailedResponse response() {
        return response;
    }

    /**
     * The request method.
     *
     * @return e.g. {@code GET}
     */
    public String method() {
        return response.method();
    }

    /**
     * The request URL, without credentials.
     *
     * @return the URL including its query
     */
    public String url() {
        return response.url();
    }

    /**
     * The response status code.
     *
     * @return e.g. 404
     */
    public int status() {
        return response.status();
    }

    /**
     * The response headers.
     *
     * @return read-only headers
     */
    public HttpHeaders headers() {
        return response.headers();
    }

    /**
     * The raw response body.
     *
     * @return the body as text; empty when there was none
     */
    public String body() {
        return response.body();
    }

    /**
     * The error the body described.
     *
     * @return the parsed error; {@link ApiError#EMPTY} when the body was empty or not JSON (a proxy's HTML page)
     */
    public ApiError apiError() {
        return response.error();
    }

    private static String describe(FailedResponse response) {
        HttpStatus known = HttpStatus.resolve(response.status());
        String reason = known == null ? "" : " " + known.getReasonPhrase();
        String summary = response.error().summary();
        return response.method() + " " + response.url() + " returned " + response.status() + reason
                + (summary.isEmpty() ? "" : ": " + summary);
    }
}
