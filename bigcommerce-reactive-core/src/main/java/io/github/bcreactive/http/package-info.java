/**
 * The wire: {@link io.github.bcreactive.http.Transport} (the one request pipeline), the store's
 * {@link io.github.bcreactive.http.StoreEndpoint}, the per-call {@link io.github.bcreactive.http.RequestOptions} and
 * {@link io.github.bcreactive.http.RetryOptions}, and {@link io.github.bcreactive.http.WireVersion}, all the wire
 * needs of an API version. It depends on nothing above it (api, paging, resource, the client).
 */
package io.github.bcreactive.http;
