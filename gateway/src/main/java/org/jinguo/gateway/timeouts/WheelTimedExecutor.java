package org.jinguo.gateway.timeouts;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.concurrent.DefaultThreadFactory;
import reactor.core.scheduler.Schedulers;

/**
 * A Reactor worker whose one-shot delayed tasks wait on a timer wheel instead of its own delay
 * queue; everything else (immediate and periodic tasks, shutdown) is the worker's own.
 *
 * <p>Every call through the gateway arms and then cancels three timeouts on Reactor's
 * {@code parallel} workers (the breaker's time limiter, and the route's response timeout, twice).
 * A worker's delay queue wakes its sleeping thread whenever a new task becomes its earliest, which
 * with a few calls in flight is nearly every time: a thread wake-up per timeout, on the cores that
 * serve. A wheel only queues the task; its one thread ticks every {@value #TICK_MILLIS} ms
 * whatever the load, and a cancelled timeout costs nothing more. A task that comes due still runs
 * on the worker, so a timeout is signalled where it always was, at most one tick late.
 */
public final class WheelTimedExecutor extends AbstractExecutorService implements ScheduledExecutorService {

    static final long TICK_MILLIS = 10;
    private static final String DECORATOR = WheelTimedExecutor.class.getName();
    private static final Timer WHEEL = new HashedWheelTimer(new DefaultThreadFactory("timeout-wheel", true), TICK_MILLIS,
            TimeUnit.MILLISECONDS, 512);

    private final ScheduledExecutorService worker;

    WheelTimedExecutor(ScheduledExecutorService worker) {
        this.worker = worker;
    }

    /** Decorates every Reactor worker created from now on. */
    public static void install() {
        Schedulers.addExecutorServiceDecorator(DECORATOR, (scheduler, worker) -> new WheelTimedExecutor(worker));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> task, long delay, TimeUnit unit) {
        return new WheelTask<>(new FutureTask<>(task), delay, unit);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return new WheelTask<>(new FutureTask<>(task, null), delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelay, long period, TimeUnit unit) {
        return worker.scheduleAtFixedRate(task, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        return worker.scheduleWithFixedDelay(task, initialDelay, delay, unit);
    }

    @Override
    public void execute(Runnable task) {
        worker.execute(task);
    }

    @Override
    public void shutdown() {
        worker.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return worker.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return worker.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return worker.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return worker.awaitTermination(timeout, unit);
    }

    /** A task waiting on the wheel, handed to the worker when due (unless cancelled or the worker is shut down). */
    private final class WheelTask<V> implements ScheduledFuture<V> {

        private final FutureTask<V> task;
        private final long dueNanos;
        private final Timeout timeout;

        WheelTask(FutureTask<V> task, long delay, TimeUnit unit) {
            this.task = task;
            this.dueNanos = System.nanoTime() + unit.toNanos(delay);
            this.timeout = WHEEL.newTimeout(due -> {
                if (!worker.isShutdown()) {
                    worker.execute(task);
                }
            }, delay, unit);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            timeout.cancel();
            return task.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }

        @Override
        public boolean isDone() {
            return task.isDone();
        }

        @Override
        public V get() throws InterruptedException, ExecutionException {
            return task.get();
        }

        @Override
        public V get(long wait, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return task.get(wait, unit);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
