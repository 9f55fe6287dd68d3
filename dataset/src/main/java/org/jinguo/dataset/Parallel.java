package org.jinguo.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Independent records loaded side by side, a fixed number of requests in flight. */
final class Parallel implements AutoCloseable {

    private final ExecutorService workers;

    Parallel(int inFlight) {
        this.workers = Executors.newFixedThreadPool(inFlight, runnable -> {
            Thread thread = new Thread(runnable, "data-set-loader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code load} for each record and returns once all are done; the first failure is thrown. */
    <T> void each(List<T> records, Consumer<T> load) {
        List<Future<?>> running = new ArrayList<>();
        for (T record : records) {
            running.add(workers.submit(() -> load.accept(record)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                running.forEach(other -> other.cancel(true));
                throw e.getCause() instanceof RuntimeException failure ? failure : new LoadException(e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadException("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
