/**
 * The catalog-sync sample: every configured store's products, with their variants, streamed at once into NDJSON
 * files, incrementally on later runs, with a live progress line per store and a summary at the end.
 */
package io.github.bcreactive.samples.catalogsync;
