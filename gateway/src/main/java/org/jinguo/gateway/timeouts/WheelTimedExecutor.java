package org.jinguo.gateway.timeouts;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
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
 *
 * <p>Only plain {@link ScheduledThreadPoolExecutor} workers are decorated: those of the
 * {@code parallel} and {@code single} schedulers. {@code boundedElastic}'s bound their queues
 * and are left as they are.
 */
public final class WheelTimedExecutor extends AbstractExecutorService implements ScheduledExecutorService {

    static final long TICK_MILLIS = 10;
    private static final String DECORATOR = WheelTimedExecutor.class.getName();
    private static final HashedWheelTimer WHEEL = new HashedWheelTimer(new DefaultThreadFactory("timeout-wheel", true), TICK_MILLIS,
            TimeUnit.MILLISECONDS, 512);

    private final ScheduledExecutorService worker;

    WheelTimedExecutor(ScheduledExecutorService worker) {
        this.worker = worker;
    }

    /** Decorates the workers of every {@code parallel} or {@code single} Reactor scheduler created from now on. */
    public static void install() {
        Schedulers.addExecutorServiceDecorator(DECORATOR, (scheduler, worker) -> decorate(worker));
    }

    static ScheduledExecutorService decorate(ScheduledExecutorService worker) {
        return worker.getClass() == ScheduledThreadPoolExecutor.class ? new WheelTimedExecutor(worker) : worker;
    }

    /** Delayed tasks waiting on the wheel, in every decorated worker (not yet counting the last tick's arrivals and cancellations). */
    public static long pendingTimeouts() {
        return WHEEL.pendingTimeouts();
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
    public <V> Future<V> submit(Callable<V> task) {
        return worker.submit(task);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return worker.submit(task);
    }

    @Override
    public <V> Future<V> submit(Runnable task, V result) {
        return worker.submit(task, result);
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

    /**
     * A task waiting on the wheel, handed to the worker when due. Refused at once, as the worker
     * would, once the worker is shut down; cancelled if the worker refuses it when due.
     */
    private final class WheelTask<V> implements ScheduledFuture<V> {

        private final FutureTask<V> task;
        private final long dueNanos;
        private final Timeout timeout;

        WheelTask(FutureTask<V> task, long delay, TimeUnit unit) {
            if (worker.isShutdown()) {
                throw new RejectedExecutionException("The worker is shut down");
            }
            this.task = task;
            this.dueNanos = System.nanoTime() + unit.toNanos(delay);
            this.timeout = WHEEL.newTimeout(due -> handOver(), delay, unit);
        }

        private void handOver() {
            try {
                worker.execute(task);
            } catch (RejectedExecutionException shutDown) {
                task.cancel(false);
            }
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
