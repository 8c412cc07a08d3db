package io.github.bcreactive.error;

import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * BigCommerce answered with a status that is not a success (3xx, 4xx or 5xx). Always carries the response: method,
 * URL, status, headers, raw body and the parsed {@link ApiError}. The subclass tells the meaning:
 * {@link RedirectionException}, {@link ClientRequestException} and its subclasses per 4xx status,
 * {@link ServerException} and its subclasses per 5xx status.
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
     * @return the most specific subclass for the status
     */
    public static HttpException of(FailedResponse response) {
        int status = response.status();
        return switch (status) {
            case 400 -> new BadRequestException(response);
            case 401 -> new UnauthorizedException(response);
            case 403 -> new ForbiddenException(response);
            case 404 -> new NotFoundException(response);
            case 405 -> new MethodNotAllowedException(response);
            case 409 -> new ConflictException(response);
            case 413 -> new PayloadTooLargeException(response);
            case 422 -> new UnprocessableEntityException(response);
            case 423 -> new LockedException(response);
            case 429 -> new TooManyRequestsException(response);
            case 500 -> new InternalServerErrorException(response);
            case 502 -> new BadGatewayException(response);
            case 503 -> new ServiceUnavailableException(response);
            case 504 -> new GatewayTimeoutException(response);
            case 507 -> new InsufficientStorageException(response);
            default -> status >= 500 ? new ServerException(response)
                    : status >= 400 ? new ClientRequestException(response)
                    : new RedirectionException(response);
        };
    }

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
