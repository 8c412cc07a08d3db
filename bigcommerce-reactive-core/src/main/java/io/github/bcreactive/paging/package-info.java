/** Listings: {@link io.github.bcreactive.paging.PagedFlux} over {@link io.github.bcreactive.paging.Page}s. */
package io.github.bcreactive.paging;
