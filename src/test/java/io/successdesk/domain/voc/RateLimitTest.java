package io.successdesk.domain.voc;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void shouldAllowTheLimitPerKeyAndWindowThenRefuse() {
        RateLimit limit = new RateLimit(3, Duration.ofMinutes(10), 100);

        assertThat(limit.tryAcquire("a", T0)).isTrue();
        assertThat(limit.tryAcquire("a", T0.plusSeconds(1))).isTrue();
        assertThat(limit.tryAcquire("a", T0.plusSeconds(2))).isTrue();
        assertThat(limit.tryAcquire("a", T0.plusSeconds(3))).isFalse();
        assertThat(limit.tryAcquire("b", T0.plusSeconds(3))).as("other keys are counted apart").isTrue();
    }

    @Test
    void shouldStartAFreshWindowWhenTheOldOneIsOver() {
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(10), 100);

        assertThat(limit.tryAcquire("a", T0)).isTrue();
        assertThat(limit.tryAcquire("a", T0.plus(Duration.ofMinutes(10)).minusNanos(1))).isFalse();
        assertThat(limit.tryAcquire("a", T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void shouldFailClosedForNewKeysWhenFullOfLiveWindows() {
        RateLimit limit = new RateLimit(5, Duration.ofMinutes(10), 2);

        assertThat(limit.tryAcquire("a", T0)).isTrue();
        assertThat(limit.tryAcquire("b", T0)).isTrue();
        assertThat(limit.tryAcquire("c", T0)).isFalse();
        assertThat(limit.tryAcquire("a", T0)).as("known keys still count").isTrue();
        assertThat(limit.tryAcquire("c", T0.plus(Duration.ofMinutes(11)))).as("expired windows are evicted").isTrue();
    }
}
