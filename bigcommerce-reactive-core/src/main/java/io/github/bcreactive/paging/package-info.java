/**
 * Listings: {@link io.github.bcreactive.paging.PagedFlux} over {@link io.github.bcreactive.paging.Page}s, walked by
 * one pager per {@link io.github.bcreactive.paging.PagingStyle} (v2 page/limit, v3 page number, v3 cursor, unpaged),
 * resumable from a page's continuation token. The pagers know nothing of HTTP or API versions: the API layer hands
 * them a {@link io.github.bcreactive.paging.PageSource} that sends a query and decodes the answer into a
 * {@link io.github.bcreactive.paging.PageResponse}.
 */
package io.github.bcreactive.paging;
