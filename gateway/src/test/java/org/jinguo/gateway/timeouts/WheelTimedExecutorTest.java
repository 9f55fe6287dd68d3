package org.jinguo.gateway.timeouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class WheelTimedExecutorTest {

    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, task -> new Thread(task, "the-worker"));
    private final WheelTimedExecutor executor = new WheelTimedExecutor(worker);

    @AfterEach
    void stop() {
        worker.shutdownNow();
        Schedulers.removeExecutorServiceDecorator(WheelTimedExecutor.class.getName());
    }

    @Test
    void aDelayedTaskWaitsOnTheWheelNotInTheWorkersQueueAndRunsOnTheWorkerWhenDue() throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        long scheduledAt = System.nanoTime();

        ScheduledFuture<?> task = executor.schedule(() -> ranOn.complete(Thread.currentThread().getName()), 150, TimeUnit.MILLISECONDS);

        assertThat(worker.getQueue()).as("nothing for the worker's thread to wake up for").isEmpty();
        assertThat(task.getDelay(TimeUnit.MILLISECONDS)).isLessThanOrEqualTo(150L);
        assertThat(ranOn.get(5, TimeUnit.SECONDS)).isEqualTo("the-worker");
        assertThat(System.nanoTime() - scheduledAt).as("not before its delay").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
        task.get(5, TimeUnit.SECONDS);
        assertThat(task.isDone()).isTrue();
    }

    @Test
    void aCancelledTaskNeverRunsAndLeavesTheWheel() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        long pendingBefore = settledPending();

        ScheduledFuture<?> task = executor.schedule(() -> ran.set(true), 200, TimeUnit.MILLISECONDS);
        assertThat(WheelTimedExecutor.pendingTimeouts()).isEqualTo(pendingBefore + 1);
        assertThat(task.cancel(false)).isTrue();
        awaitPending(pendingBefore);
        Thread.sleep(300);

        assertThat(ran).isFalse();
        assertThat(task.isCancelled()).isTrue();
    }

    @Test
    void aShutDownWorkerRefusesNewTasksAsItWould() {
        worker.shutdown();

        assertThatThrownBy(() -> executor.schedule(() -> { }, 1, TimeUnit.SECONDS)).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void onlyPlainScheduledThreadPoolsAreDecorated() {
        assertThat(WheelTimedExecutor.decorate(worker)).isInstanceOf(WheelTimedExecutor.class);
        ScheduledThreadPoolExecutor bounded = new ScheduledThreadPoolExecutor(1) {
        };
        try {
            assertThat(WheelTimedExecutor.decorate(bounded)).as("such as boundedElastic's, which bound their queues").isSameAs(bounded);
        } finally {
            bounded.shutdownNow();
        }
    }

    @Test
    void reactorTimeoutsStillFireOnTheSchedulersThreadsOnceInstalled() throws InterruptedException {
        WheelTimedExecutor.install();
        Scheduler scheduler = Schedulers.newParallel("decorated", 2);
        try {
            AtomicBoolean onItsThread = new AtomicBoolean();
            assertThatThrownBy(() -> Mono.never().timeout(Duration.ofMillis(100), scheduler)
                    .doOnError(error -> onItsThread.set(Thread.currentThread().getName().startsWith("decorated")))
                    .block(Duration.ofSeconds(5)))
                    .hasCauseInstanceOf(TimeoutException.class);
            assertThat(onItsThread).isTrue();
            assertThat(Mono.just("in time").delayElement(Duration.ofMillis(20), scheduler).timeout(Duration.ofSeconds(5), scheduler)
                    .block(Duration.ofSeconds(5))).isEqualTo("in time");

            long pendingBefore = settledPending();
            Disposable inAnHour = Mono.delay(Duration.ofHours(1), scheduler).subscribe();
            assertThat(WheelTimedExecutor.pendingTimeouts()).as("waits on the wheel").isEqualTo(pendingBefore + 1);
            inAnHour.dispose();
            awaitPending(pendingBefore);
        } finally {
            scheduler.dispose();
        }
    }

    /** The count once timeouts cancelled earlier have left the wheel, which they do at its next tick. */
    private static long settledPending() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long last = -1;
        for (int unchanged = 0; unchanged < 5 && System.nanoTime() < deadline; Thread.sleep(WheelTimedExecutor.TICK_MILLIS)) {
            long now = WheelTimedExecutor.pendingTimeouts();
            unchanged = now == last ? unchanged + 1 : 0;
            last = now;
        }
        return last;
    }

    /** A cancelled timeout leaves the wheel at its next tick. */
    private static void awaitPending(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (WheelTimedExecutor.pendingTimeouts() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(WheelTimedExecutor.pendingTimeouts()).isEqualTo(expected);
    }
}
