package org.jinguo.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
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

    /** Runs {@code load} for each record and returns once all are done; the first failure stops the rest and is thrown. */
    <T> void each(List<T> records, Consumer<T> load) {
        CompletionService<Void> done = new ExecutorCompletionService<>(workers);
        List<Future<Void>> running = new ArrayList<>();
        for (T record : records) {
            running.add(done.submit(() -> load.accept(record), null));
        }
        try {
            for (int i = 0; i < running.size(); i++) {
                done.take().get();
            }
        } catch (ExecutionException e) {
            running.forEach(other -> other.cancel(true));
            throw e.getCause() instanceof RuntimeException failure ? failure : new LoadException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            running.forEach(other -> other.cancel(true));
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted", e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
