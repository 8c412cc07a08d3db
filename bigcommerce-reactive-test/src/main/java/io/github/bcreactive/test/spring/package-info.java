/**
 * Spring test support: {@link io.github.bcreactive.test.spring.AutoConfigureBigCommerceSimulator} starts the
 * simulator for a Spring test and points the starter's {@code bigcommerce.*} properties at it.
 */
package io.github.bcreactive.test.spring;
