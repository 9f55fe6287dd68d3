package org.jinguo.gateway;

import java.net.URI;

/** A stand-in for a service's statistics endpoint: one JSON answer, after a delay, remembering the last request. */
final class StatisticsStub implements AutoCloseable {

    private final StubServer server;
    private volatile URI lastRequest;
    private volatile String lastAuthorization;

    StatisticsStub(String json, long delayMillis) {
        server = new StubServer(2, exchange -> {
            lastRequest = exchange.getRequestURI();
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            StubServer.answerJson(exchange, 200, json);
        });
    }

    String url() {
        return server.url();
    }

    URI lastRequest() {
        return lastRequest;
    }

    String lastAuthorization() {
        return lastAuthorization;
    }

    @Override
    public void close() {
        server.close();
    }
}
