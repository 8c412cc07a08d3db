package io.github.bcreactive.test.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;
import io.github.bcreactive.test.HostileRateLimitHeaders;

class SimulatorCliTest {

    @Test
    void theHostileFaultModesHaveOptions() {
        try (BigCommerceSimulator sim = SimulatorCli.parse(new String[] {"--hostile-headers", "0.1",
                "--short-reset-429", "0.02", "--empty-bodies", "0.03", "--cursor-only", "true",
                "--informational-only", "0.04", "--broken-chunked", "0.05", "--endless-bodies", "0.06"}).build()) {
            Faults faults = sim.faults();
            assertThat(faults.hostileRateLimitHeaders()).isEqualTo(0.1);
            assertThat(faults.hostileRateLimitHeaderKinds()).containsExactly(HostileRateLimitHeaders.values());
            assertThat(faults.rateLimitsWithShortReset()).isEqualTo(0.02);
            assertThat(faults.shortReset()).isEqualTo(Duration.ofMillis(1));
            assertThat(faults.emptyBodies()).isEqualTo(0.03);
            assertThat(faults.cursorPaginationOnly()).isTrue();
            assertThat(faults.informationalOnly()).isEqualTo(0.04);
            assertThat(faults.brokenChunkedBodies()).isEqualTo(0.05);
            assertThat(faults.endlessBodies()).isEqualTo(0.06);
        }
    }
}
