/**
 * Benchmarks against the in-process BigCommerce simulator: one {@code main} per scenario, run with
 * {@code ./mvnw -q -pl benchmarks -am verify -DskipTests -Dbench=<ClassName>} (or {@code -Pbench-memory},
 * {@code -Pbench-jmh}); figures in {@code benchmarks/README.md}: the client against hand-written baselines
 * (latency-bound and CPU-bound streaming, memory in a small heap, per-request CPU with JMH) and the rate limiters
 * against the simulator's quota windows.
 */
package io.github.bcreactive.benchmarks;
