/**
 * The exception tree every call signals through: {@link io.github.bcreactive.error.BigCommerceException} at the root;
 * {@link io.github.bcreactive.error.HttpException} grouped by meaning (redirection, client request, server), with a
 * class of its own only for the statuses a caller would catch (401, 403, 404, 409, 422, 429);
 * {@link io.github.bcreactive.error.TransportException},
 * {@link io.github.bcreactive.error.ClientTimeoutException} (a
 * {@link io.github.bcreactive.error.ResponseTimeoutException} or a
 * {@link io.github.bcreactive.error.CallTimeoutException}) and {@link io.github.bcreactive.error.DecodeException}
 * for failures that are not an answer.
 */
package io.github.bcreactive.error;
