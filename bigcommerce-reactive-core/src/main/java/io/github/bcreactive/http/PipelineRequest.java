package io.github.bcreactive.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * One attempt of a call, as it goes down the pipeline: method, URL, headers and the attempt number. Each attempt
 * gets a fresh copy of the call's request, so a header a policy sets on one attempt is not left over on the next;
 * {@link #callAttributes()} is shared by every attempt of the call. The body is the call's JSON (or its multipart
 * form) and cannot be changed; {@link #toString()} shows neither headers nor body.
 *
 * <pre>{@code
 * HttpPolicy tracing = (request, next) -> {
 *     request.headers().set("X-Attempt", String.valueOf(request.attempt()));
 *     return next.proceed();
 * };
 * }</pre>
 */
public final class PipelineRequest {

    private final HttpMethod method;
    private final URI url;
    private final byte[] body;
    private final Upload upload;
    private final EndpointLimits.Limit endpointLimit;
    private final String storeKey;
    private final int attempt;
    private final HttpHeaders headers = new HttpHeaders();
    private final Map<String, Object> callAttributes;
    private final HttpHeaders callHeaders;
    private volatile HttpHeaders responseHeaders;
    private volatile int responseStatus;
    private volatile Duration responseLatency = Duration.ZERO;
    private volatile Throwable lastFailure;

    private PipelineRequest(HttpMethod method, URI url, byte[] body, Upload upload, EndpointLimits.Limit endpointLimit,
            String storeKey, int attempt, Map<String, Object> callAttributes, HttpHeaders callHeaders) {
        this.method = method;
        this.url = url;
        this.body = body;
        this.upload = upload;
        this.endpointLimit = endpointLimit;
        this.storeKey = storeKey;
        this.attempt = attempt;
        this.callAttributes = callAttributes;
        this.callHeaders = callHeaders;
        headers.addAll(callHeaders);
    }

    /**
     * The request of a call, before its first attempt.
     *
     * @param callHeaders headers every attempt starts with (e.g. a storefront token to revoke); the pipeline's own
     *     steps run after them, so they cannot replace the credentials, {@code Accept} or {@code User-Agent}
     */
    static PipelineRequest call(HttpMethod method, URI url, byte[] body, String storeKey, HttpHeaders callHeaders) {
        return call(method, url, body, null, null, storeKey, callHeaders);
    }

    /**
     * The request of a call, before its first attempt, with all it may carry.
     *
     * @param body the JSON body, or {@code null}
     * @param upload the multipart form, or {@code null} (never both)
     * @param endpointLimit the concurrency limit of the call's endpoint, or {@code null}
     */
    static PipelineRequest call(HttpMethod method, URI url, byte[] body, Upload upload,
            EndpointLimits.Limit endpointLimit, String storeKey, HttpHeaders callHeaders) {
        return new PipelineRequest(method, url, body, upload, endpointLimit, storeKey, 0, new ConcurrentHashMap<>(),
                HttpHeaders.readOnlyHttpHeaders(callHeaders));
    }

    /** A fresh copy for the next attempt of the same call: the call's headers only, attempt number one higher. */
    PipelineRequest nextAttempt(int number) {
        return new PipelineRequest(method, url, body, upload, endpointLimit, storeKey, number, callAttributes,
                callHeaders);
    }

    /**
     * The method.
     *
     * @return e.g. {@code GET}
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * The absolute URL, with the query.
     *
     * @return the URL
     */
    public URI url() {
        return url;
    }

    /**
     * The headers this attempt will send; policies may add or replace headers. The credentials are set after the
     * user's policies, so they are never here when a user policy runs (and a policy cannot replace them).
     *
     * @return the mutable headers of this attempt
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The store the call is for.
     *
     * @return the store hash (the store host for basic auth)
     */
    public String storeKey() {
        return storeKey;
    }

    /**
     * Which attempt of the call this is.
     *
     * @return 1 for the first attempt, 2 for the first retry (after a 429 or a failure), and so on
     */
    public int attempt() {
        return attempt;
    }

    /**
     * Values shared by every attempt of this call, e.g. a correlation id chosen on the first attempt.
     *
     * @return a thread-safe mutable map, one per call
     */
    public Map<String, Object> callAttributes() {
        return callAttributes;
    }

    /** The JSON body, or {@code null}. */
    byte[] body() {
        return body;
    }

    /** The multipart form to send instead of a JSON body, or {@code null}. */
    Upload upload() {
        return upload;
    }

    /** The concurrency limit of the call's endpoint, or {@code null} when none is stated. */
    EndpointLimits.Limit endpointLimit() {
        return endpointLimit;
    }

    /** The path of the URL, without the query, for messages. */
    String path() {
        return url.getRawPath();
    }

    /** The headers of the response to this attempt, once they arrived; {@code null} before or without one. */
    HttpHeaders responseHeaders() {
        return responseHeaders;
    }

    /** The status of the response to this attempt, once it arrived; 0 before or without one. */
    int responseStatus() {
        return responseStatus;
    }

    /** The time from sending this attempt to its response's headers. */
    Duration responseLatency() {
        return responseLatency;
    }

    /** Records the response's headers and status as they arrive, and how long they took from the send. */
    void responded(HttpHeaders headers, int status, Duration latency) {
        this.responseStatus = status;
        this.responseLatency = latency;
        this.responseHeaders = headers;
    }

    /** The last failure the call retried after; set on the call's request, not an attempt's. */
    Throwable lastFailure() {
        return lastFailure;
    }

    void lastFailure(Throwable failure) {
        this.lastFailure = failure;
    }

    /**
     * A multipart form: a file in the part its operation names, with its form fields.
     *
     * @param partName the file's part name, e.g. {@code image_file}
     * @param file the file and its fields
     */
    record Upload(String partName, FileUpload file) {
    }

    @Override
    public String toString() {
        return "PipelineRequest[" + method + " " + url.getRawPath() + ", attempt " + attempt + ", store " + storeKey
                + "]";
    }
}
