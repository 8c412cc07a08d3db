/**
 * Benchmarks against the in-process BigCommerce simulator: one {@code main} per scenario, run with
 * {@code ./mvnw -q -pl benchmarks -am verify -DskipTests -Dbench=<ClassName>}; figures in {@code benchmarks/README.md}.
 */
package io.github.bcreactive.benchmarks;
