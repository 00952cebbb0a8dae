package org.gongpei.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SchedulerExecutionTest {

    private static final Instant NOW = Instant.parse("2025-06-16T10:00:00Z");
    private static final Duration DEAD_AFTER = Duration.ofMinutes(1);

    @Test
    void anExecutionWaitingToBePickedIsLive() {
        assertThat(new SchedulerExecution(false, null, null).live("a", false, NOW, DEAD_AFTER)).isTrue();
    }

    @Test
    void anExecutionPickedByThisInstanceIsLiveOnlyWhileItRunsHere() {
        SchedulerExecution mine = new SchedulerExecution(true, "a", NOW);
        assertThat(mine.live("a", true, NOW, DEAD_AFTER)).isTrue();
        assertThat(mine.live("a", false, NOW, DEAD_AFTER)).as("left by an earlier run of this instance").isFalse();
    }

    @Test
    void anExecutionOfAnotherInstanceIsLiveWhileItsHeartbeatIsRecent() {
        assertThat(new SchedulerExecution(true, "b", NOW.minusSeconds(30)).live("a", false, NOW, DEAD_AFTER)).isTrue();
        assertThat(new SchedulerExecution(true, "b", NOW.minusSeconds(90)).live("a", false, NOW, DEAD_AFTER)).isFalse();
        assertThat(new SchedulerExecution(true, "b", null).live("a", false, NOW, DEAD_AFTER)).isFalse();
    }
}
