package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every operation of the management specs, called from its descriptor alone ({@link ContractSweep}) through the
 * low-level API against the example stub: what the specs themselves allow a sweep to check, before the generated
 * table calls each operation through its typed method. Opt in with {@code -Dcontract.sweep=true} (it adds about a
 * minute); otherwise it skips and says so.
 */
@Timeout(600)
class SpecSweepTest {

    private static ExampleApi api;

    @BeforeAll
    static void start() {
        if (Boolean.getBoolean("contract.sweep")) {
            api = ExampleApi.start().orElse(null);
        }
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @BeforeEach
    void optedIn() {
        Assumptions.assumeTrue(Boolean.getBoolean("contract.sweep"),
                "Skipped: the sweep over every spec operation runs with -Dcontract.sweep=true.");
        Assumptions.assumeTrue(api != null, OfficialSpecs.MISSING);
    }

    @Test
    void everySpecOperationCalledFromItsDescriptor() {
        Map<String, String> problems = new TreeMap<>();
        int calls = 0;
        for (SpecOperation op : api.index().operations()) {
            api.server().reset();
            ContractSweep.send(api.client(), ContractSweep.callFor(api.index(), op)).onErrorComplete().block();
            calls++;
            for (Exchange exchange : api.server().exchanges()) {
                if (!exchange.clean() || !exchange.operation().orElseThrow().equals(op)) {
                    problems.put(op.key(), exchange.toString());
                }
            }
        }
        System.out.printf("[contract] sweep: %d spec operations called, %d clean both ways, %d with problems%n",
                calls, calls - problems.size(), problems.size());
        problems.forEach((key, problem) -> System.out.printf("[contract]   %s: %s%n", key,
                problem.length() > 400 ? problem.substring(0, 400) + "..." : problem));
        assertThat(calls).isEqualTo(api.index().operations().size());
    }
}
