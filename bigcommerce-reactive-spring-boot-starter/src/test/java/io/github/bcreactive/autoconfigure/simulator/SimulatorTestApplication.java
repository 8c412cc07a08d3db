package io.github.bcreactive.autoconfigure.simulator;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application of the simulator test-support tests: auto-configuration only, as an application's own. */
@SpringBootConfiguration
@EnableAutoConfiguration
class SimulatorTestApplication {
}
