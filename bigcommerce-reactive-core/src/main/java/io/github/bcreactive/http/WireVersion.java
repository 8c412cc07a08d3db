package io.github.bcreactive.http;

import io.github.bcreactive.query.QuerySpelling;

/**
 * An API version as the wire sees it: the path segment its URLs sit under and how its query strings are spelled.
 * The transport needs nothing more of a version; {@code io.github.bcreactive.api.ApiVersion} is the implementation.
 */
public interface WireVersion extends QuerySpelling {

    /**
     * The path segment of this version's URLs.
     *
     * @return e.g. {@code v3}
     */
    String segment();
}
