/**
 * The opt-in Actuator health indicator of each configured BigCommerce store.
 */
package io.github.bcreactive.autoconfigure.health;
