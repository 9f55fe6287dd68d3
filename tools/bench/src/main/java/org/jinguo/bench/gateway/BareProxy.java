package org.jinguo.bench.gateway;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

/**
 * The least a JVM proxy on Reactor Netty can do per request, as a floor for the gateway's cost:
 * it passes each GET's path and headers to the upstream and the answer back, and nothing else
 * (no routing table, security, resilience, observation or header rules).
 *
 * <p>{@code BareProxy <port> <upstream port>}, in a JVM of its own so that its CPU is counted apart.
 */
public final class BareProxy {

    private BareProxy() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String upstream = "http://127.0.0.1:" + args[1];
        HttpClient client = HttpClient.create(ConnectionProvider.builder("bare-proxy").maxConnections(1_000).build());
        HttpServer.create().host("127.0.0.1").port(port)
                .handle((request, response) -> client.headers(headers -> headers.add(request.requestHeaders()).remove("Host"))
                        .get().uri(upstream + request.uri())
                        .responseSingle((answer, body) -> body.asByteArray().map(bytes -> new Answer(answer, bytes)))
                        .flatMap(answer -> response.status(answer.head().status()).headers(answer.head().responseHeaders())
                                .sendByteArray(Mono.just(answer.body())).then()))
                .bindNow()
                .onDispose()
                .block();
    }

    private record Answer(HttpClientResponse head, byte[] body) {
    }
}
