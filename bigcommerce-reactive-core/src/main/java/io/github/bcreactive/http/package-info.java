/**
 * The transport and the low-level API: {@link io.github.bcreactive.http.Transport} (the one request pipeline),
 * {@link io.github.bcreactive.http.V2Api} and {@link io.github.bcreactive.http.V3Api} (verbs on any path), and the
 * per-call {@link io.github.bcreactive.http.RequestOptions} and {@link io.github.bcreactive.http.RetryOptions}.
 */
package io.github.bcreactive.http;
