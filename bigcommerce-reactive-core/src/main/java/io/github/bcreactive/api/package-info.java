/**
 * The low-level API: {@link io.github.bcreactive.api.V2Api} and {@link io.github.bcreactive.api.V3Api} (verbs on any
 * path, listings in a declared paging style), {@link io.github.bcreactive.api.ApiResponse}, and
 * {@link io.github.bcreactive.api.ApiVersion}, the one strategy for everything the two API generations do
 * differently (query spelling, listing decoding, single-resource envelopes, counting).
 */
package io.github.bcreactive.api;
