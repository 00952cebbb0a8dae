package org.gongpei.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RunningJobTest {

    private final List<RunningProgress> stored = new ArrayList<>();
    private final RunningJob job = new RunningJob(new JobKey("plan", 1), stored::add);

    @Test
    void storesTheFirstProgressAndAtMostOneASecondButKeepsTheLatest() {
        job.report("hub assignment", 0.1, "0hard/-5soft");
        job.report("trunk down", 0.2, "0hard/-4soft");

        assertThat(stored).extracting(RunningProgress::phase).containsExactly("hub assignment");
        assertThat(job.latest().phase()).isEqualTo("trunk down");
        assertThat(job.latest().bestScore()).isEqualTo("0hard/-4soft");
        assertThat(job.latest().elapsedSeconds()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aStopReachesEachPartOfTheSolveEvenOneStartedAfterIt() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger later = new AtomicInteger();
        job.onStop(first::incrementAndGet);
        assertThat(job.stopRequested()).isFalse();

        job.stop();
        assertThat(job.stopRequested()).isTrue();
        assertThat(first).hasValue(1);

        job.onStop(later::incrementAndGet);
        assertThat(later).as("registered after the stop, it runs at once").hasValue(1);
        job.report("last mile", 0.5);
        assertThat(first).as("passed on again at each report").hasValue(2);
        assertThat(later).hasValue(2);
    }

    @Test
    void hasNoProgressBeforeTheFirstReport() {
        assertThat(job.latest()).isNull();
    }
}
