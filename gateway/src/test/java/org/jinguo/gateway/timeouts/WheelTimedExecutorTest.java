package org.jinguo.gateway.timeouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
        assertThat(task.getDelay(TimeUnit.MILLISECONDS)).isBetween(1L, 150L);
        assertThat(ranOn.get(5, TimeUnit.SECONDS)).isEqualTo("the-worker");
        assertThat(System.nanoTime() - scheduledAt).as("not before its delay").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
        assertThat(task.isDone()).isTrue();
    }

    @Test
    void aCancelledTaskNeverRuns() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();

        ScheduledFuture<?> task = executor.schedule(() -> ran.set(true), 50, TimeUnit.MILLISECONDS);
        assertThat(task.cancel(false)).isTrue();
        Thread.sleep(300);

        assertThat(ran).isFalse();
        assertThat(task.isCancelled()).isTrue();
    }

    @Test
    void reactorTimeoutsStillFireOnTheSchedulersThreadsOnceInstalled() {
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
        } finally {
            scheduler.dispose();
        }
    }
}
