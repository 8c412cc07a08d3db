/**
 * The opt-in adaptive concurrency per store ({@code bigcommerce.rate-limit.adaptive-concurrency.enabled=true}).
 */
package io.github.bcreactive.autoconfigure.adaptive;
