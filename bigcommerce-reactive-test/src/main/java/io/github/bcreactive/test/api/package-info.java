/**
 * The simulated REST endpoints (v2 and v3) as plain functions from {@link io.github.bcreactive.test.api.ApiRequest}
 * to {@link io.github.bcreactive.test.api.ApiResponse}: routing, paging, filters, rendering and writes.
 * Internal to the simulator; not a stable API.
 */
package io.github.bcreactive.test.api;
