/**
 * {@link io.github.bcreactive.test.BigCommerceSimulator}: an in-process, stateful BigCommerce server
 * for tests, demos and benchmarks, with {@link io.github.bcreactive.test.Faults},
 * {@link io.github.bcreactive.test.SimulatorStats} and a JUnit 5 extension.
 */
package io.github.bcreactive.test;
