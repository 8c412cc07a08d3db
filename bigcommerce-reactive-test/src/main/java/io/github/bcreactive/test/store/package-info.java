/**
 * The simulator's data: per-store tables whose rows are derived on the fly from
 * {@code (seed, store, id)}, with an overlay that keeps only the rows a client created,
 * changed or deleted. Internal to the simulator; not a stable API.
 */
package io.github.bcreactive.test.store;
