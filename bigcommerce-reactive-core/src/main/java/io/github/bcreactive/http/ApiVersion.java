package io.github.bcreactive.http;

/**
 * The REST API generations BigCommerce serves. They differ in paths ({@code /v2/...}, {@code /v3/...}), list
 * paging, error bodies and date formats (RFC 2822 for v2, ISO 8601 for v3).
 */
public enum ApiVersion {

    /** The v2 API: page/limit paging, errors as arrays, RFC 2822 dates. */
    V2("v2"),

    /** The v3 API: {@code data}/{@code meta} envelopes, page-number or cursor paging, ISO 8601 dates. */
    V3("v3");

    private final String segment;

    ApiVersion(String segment) {
        this.segment = segment;
    }

    /**
     * The path segment of this version.
     *
     * @return {@code v2} or {@code v3}
     */
    public String segment() {
        return segment;
    }
}
