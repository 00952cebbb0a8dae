package org.gongpei.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class SolveQueueTest {

    @Test
    void refusesTheJobThatDoesNotFitNamingTheSettingAndUndoesIt() throws InterruptedException {
        SolveQueue queue = new SolveQueue("analyses", "gongpei.analyses.max-queued", 1, "test-solver");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            queue.execute(() -> {
                running.countDown();
                awaitQuietly(release);
            }, () -> { });
            running.await();
            queue.execute(() -> { }, () -> { });

            assertThatThrownBy(queue::requireRoom).isInstanceOf(QueueFullException.class)
                    .hasMessage("1 analyses solving and 1 waiting, the most allowed (gongpei.analyses.max-queued); try again later");
            AtomicBoolean undone = new AtomicBoolean();
            assertThatThrownBy(() -> queue.execute(() -> { }, () -> undone.set(true)))
                    .isInstanceOf(QueueFullException.class);
            assertThat(undone).isTrue();
        } finally {
            release.countDown();
            queue.shutdown();
        }
    }

    @Test
    void refusesAQueueWithoutRoom() {
        assertThatThrownBy(() -> new SolveQueue("analyses", "gongpei.analyses.max-queued", 0, "test-solver"))
                .hasMessageContaining("gongpei.analyses.max-queued must be at least 1");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
