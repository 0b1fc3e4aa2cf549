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
    void shouldDropTheOldestKeyRatherThanRefuseANewClientWhenFull() {
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(10), 2);
        assertThat(limit.tryAcquire("oldest", T0)).isTrue();
        assertThat(limit.tryAcquire("b", T0.plusSeconds(1))).isTrue();

        assertThat(limit.tryAcquire("new", T0.plusSeconds(2))).as("a new client gets through a full limiter").isTrue();

        assertThat(limit.tryAcquire("b", T0.plusSeconds(3))).as("younger keys keep their count").isFalse();
        assertThat(limit.tryAcquire("new", T0.plusSeconds(3))).isFalse();
        assertThat(limit.tryAcquire("oldest", T0.plusSeconds(4))).as("the oldest key was dropped, so it starts afresh")
                .isTrue();
    }

    @Test
    void shouldDropExpiredWindowsBeforeLiveOnesWhenFull() {
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(10), 2);
        assertThat(limit.tryAcquire("a", T0)).isTrue();
        assertThat(limit.tryAcquire("b", T0.plus(Duration.ofMinutes(5)))).isTrue();

        assertThat(limit.tryAcquire("c", T0.plus(Duration.ofMinutes(11)))).isTrue();

        assertThat(limit.tryAcquire("b", T0.plus(Duration.ofMinutes(11)))).as("b's live window was kept").isFalse();
    }
}
