package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import reactor.blockhound.BlockingOperationError;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Every test of the core runs under BlockHound: blocking on a non-blocking thread fails. */
class BlockHoundInstalledTest {

    @Test
    void blockingOnAReactorThreadIsReported() {
        StepVerifier.create(Mono.delay(Duration.ofMillis(1)).doOnNext(tick -> {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(BlockingOperationError.class))
                .verify();
    }
}
