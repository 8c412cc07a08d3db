package io.github.bcreactive.paging;

import io.github.bcreactive.error.BigCommerceException;

/**
 * A listing could not go on as its responses describe it, so it ended here rather than repeat or skip items: a
 * page's metadata contradicted the listing (a cursor met before, {@code total_pages} that changed between pages, a
 * page number other than the one asked for, a next link without a cursor, metadata of another paging style than the
 * one declared), or a count was asked of a listing whose responses carry no total. The items emitted before it are
 * correct and each came once; none after it were emitted.
 *
 * <pre>{@code
 * client.customers().iterAll()
 *         .onErrorResume(PagingException.class, e -> alert(e.path(), e.getMessage()));
 * }</pre>
 */
public final class PagingException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param message what contradicted what
     * @param path the listing's path (no query, no secrets)
     */
    public PagingException(String message, String path) {
        super(message + " (" + path + ")", null);
        this.path = path;
    }

    /**
     * The path of the listing that ended.
     *
     * @return the path, without the query
     */
    public String path() {
        return path;
    }
}
