package org.jinguo.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;

/**
 * A stand-in upstream that fails a given number of requests with a status, then answers 200, and
 * counts the requests that reached it, to see what the gateway sends on: a real service cannot be
 * made to fail on demand.
 */
final class CountingService implements AutoCloseable {

    private final StubServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 503;
    private volatile Headers lastHeaders = new Headers();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    CountingService() {
        server = new StubServer(4, exchange -> {
            requests.incrementAndGet();
            lastHeaders = exchange.getRequestHeaders();
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            StubServer.answerJson(exchange, failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? failureStatus : 200, "{}");
        });
    }

    String url() {
        return server.url();
    }

    /** How many requests reached it since the last call; their bodies are forgotten too. */
    int requests() {
        bodies.clear();
        return requests.getAndSet(0);
    }

    /** The bodies of the requests since {@link #requests()} was last called. */
    List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** The headers of the last request that reached it. */
    Headers lastHeaders() {
        return lastHeaders;
    }

    /** The next {@code count} requests fail with the status; the ones after succeed. */
    void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    @Override
    public void close() {
        server.close();
    }
}
