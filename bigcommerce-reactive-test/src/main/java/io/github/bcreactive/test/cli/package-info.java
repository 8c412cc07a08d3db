/**
 * Command-line entry points: {@link io.github.bcreactive.test.cli.SimulatorCli} runs a standalone
 * simulator; {@link io.github.bcreactive.test.cli.SimulatorLoadCheck} measures its throughput.
 */
package io.github.bcreactive.test.cli;
