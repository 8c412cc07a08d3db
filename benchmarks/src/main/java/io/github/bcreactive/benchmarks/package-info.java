/**
 * Benchmarks of the client against baselines, run one at a time through the module's Maven profiles (see the
 * module's README): latency-bound and CPU-bound streaming, memory under a small heap, and per-request CPU with JMH.
 */
package io.github.bcreactive.benchmarks;
