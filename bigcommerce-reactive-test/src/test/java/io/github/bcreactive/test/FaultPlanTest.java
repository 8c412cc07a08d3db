package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private static List<Long> delays(long seed) {
        Faults faults = Faults.builder().latency(Duration.ofMillis(20), Duration.ofMillis(5)).build();
        FaultPlan plan = new FaultPlan(seed);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            delays.add(plan.decide(faults, "store", "GET", "/v3/catalog/products/" + (i % 10)).delayMillis());
        }
        return delays;
    }

    @Test
    void latencyIsFixedPlusASeededJitter() {
        List<Long> delays = delays(42);
        assertThat(delays).allMatch(d -> d >= 20 && d <= 25);
        assertThat(delays).as("jitter varies").anyMatch(d -> d != 20);
        assertThat(delays(42)).isEqualTo(delays);
        assertThat(delays(43)).isNotEqualTo(delays);
    }

    @Test
    void withoutJitterOrFaultsEveryCallGetsTheFixedLatency() {
        FaultPlan plan = new FaultPlan(1);
        Faults faults = Faults.builder().latency(Duration.ofMillis(7), Duration.ZERO).build();
        FaultPlan.Decision decision = plan.decide(faults, "s", "GET", "/v2/time");
        assertThat(decision.kind()).isEqualTo(FaultPlan.Kind.NONE);
        assertThat(decision.delayMillis()).isEqualTo(7);
    }
}
