/**
 * Typed, immutable models of the resources used most. Each keeps the fields it does not know in {@code extra}, and
 * writes them back, so a read-modify-write never drops a field; dates are {@link java.time.OffsetDateTime}s read from
 * either API's format ({@link io.github.bcreactive.model.ApiDates}). These hand-written models are the named overrides
 * that add behaviour; the models of every operation's bodies are generated from the official specs into
 * {@code io.github.bcreactive.model.generated.<family>} (see {@code tools/codegen/README.md}).
 */
package io.github.bcreactive.model;
