package io.github.bcreactive.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** B2B Edition's rate-limit headers, as documented and as a hostile or broken proxy might send them. */
class B2BRateLimitHeadersTest {

    @Test
    void theDocumentedValuesReadAsQuotaWindowLeftAndReset() {
        RateLimitStatus status = parse(Map.of("X-Requests-Allocated", "150 times/60 s",
                "X-Requests-Remaining", "149 times", "X-Request-Window-Resets-After", "0.3973509933774834 s"));

        assertThat(status.quota()).hasValue(150);
        assertThat(status.window()).hasValue(Duration.ofSeconds(60));
        assertThat(status.left()).hasValue(149);
        assertThat(status.resetIn()).hasValue(Duration.ofMillis(398));
        assertThat(status.retryAfter()).isEmpty();
    }

    @Test
    void bareNumbersAndOtherCaseAreRead() {
        RateLimitStatus status = parse(Map.of("x-requests-allocated", "150", "x-requests-remaining", "7",
                "x-request-window-resets-after", "12"));

        assertThat(status.quota()).hasValue(150);
        assertThat(status.window()).isEmpty();
        assertThat(status.left()).hasValue(7);
        assertThat(status.resetIn()).hasValue(Duration.ofSeconds(12));
    }

    @Test
    void absurdValuesAreClampedLikeTheRestHeaders() {
        RateLimitStatus status = parse(Map.of("X-Requests-Allocated", "0 times/99999 s",
                "X-Requests-Remaining", "5000 times", "X-Request-Window-Resets-After", "99999 s"));

        assertThat(status.quota()).hasValue(1);
        assertThat(status.window()).hasValue(RateLimitStatus.MAX_WINDOW);
        assertThat(status.left()).hasValue(1);
        assertThat(status.resetIn()).hasValue(RateLimitStatus.MAX_WINDOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1 times", "abc", "1e9 times", "150 times/-60 s", "NaN", "150 times/60 hours",
            "99999999999999999999 times", "150 times; drop table", ""})
    void malformedValuesAreAbsent(String value) {
        RateLimitStatus status = parse(Map.of("X-Requests-Allocated", value, "X-Requests-Remaining", value,
                "X-Request-Window-Resets-After", value));

        assertThat(status.isPresent()).isFalse();
    }

    @Test
    void aHugeHeaderIsAbsent() {
        RateLimitStatus status = parse(Map.of("X-Requests-Remaining", "1".repeat(10_000) + " times"));

        assertThat(status.left()).isEmpty();
    }

    @Test
    void theRestHeadersWinWhenBothAreThere() {
        RateLimitStatus status = parse(Map.of("X-Rate-Limit-Requests-Left", "3", "X-Requests-Remaining", "99 times"));

        assertThat(status.left()).hasValue(3);
    }

    @Test
    void aRetryAfterIsKeptBesideTheB2BHeaders() {
        RateLimitStatus status = parse(Map.of("X-Requests-Remaining", "0 times", "X-Retry-After", "7",
                "X-Request-Window-Resets-After", "2.5 s"));

        assertThat(status.left()).hasValue(0);
        assertThat(status.retryAfter()).hasValue(Duration.ofSeconds(7));
        assertThat(status.throttleWait()).hasValue(Duration.ofSeconds(7));
    }

    private static RateLimitStatus parse(Map<String, String> headers) {
        Map<String, String> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ignoringCase.putAll(headers);
        return RateLimitStatus.parse(name -> Optional.ofNullable(ignoringCase.get(name)).orElse(null));
    }
}
