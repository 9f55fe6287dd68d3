package org.jinguo.gateway.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.util.concurrent.EventExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ConnectionObserver;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/** Real connections to a real server, made from the client's own event loops and from elsewhere. */
class LoopLocalConnectionProviderTest {

    private DisposableServer upstream;
    private LoopResources clientLoops;
    private final List<ConnectionProvider> providers = new ArrayList<>();
    /** Connections back in their pool, in order. */
    private final BlockingQueue<Channel> released = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        upstream = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> response.sendString(Mono.just("ok")))
                .bindNow();
        clientLoops = LoopResources.create("test-client", 2, true);
    }

    @AfterEach
    void stop() {
        providers.forEach(provider -> provider.disposeLater().block(Duration.ofSeconds(10)));
        clientLoops.disposeLater().block(Duration.ofSeconds(10));
        upstream.disposeNow();
    }

    @Test
    void aCallMadeOnAnEventLoopIsServedByThatLoop() throws Exception {
        HttpClient client = clientWith(new LoopLocalConnectionProvider(elastic()));
        List<EventExecutor> loops = loops();

        // The first loop's connection is idle in its pool when the second loop calls.
        for (int round = 0; round < 3; round++) {
            for (EventExecutor loop : loops) {
                assertThat(callFrom(loop, client).eventLoop()).isSameAs(loop);
            }
        }
    }

    /** The situation the provider exists for, with one pool for every loop: the control for the test above. */
    @Test
    void withOnePoolACallTakesAConnectionOfAnotherLoop() throws Exception {
        HttpClient client = clientWith(ConnectionProvider.create("upstream", 8));
        List<EventExecutor> loops = loops();

        callFrom(loops.get(0), client);

        assertThat(callFrom(loops.get(1), client).eventLoop()).isSameAs(loops.get(0));
    }

    @Test
    void eachLoopReusesItsOwnConnection() throws Exception {
        HttpClient client = clientWith(new LoopLocalConnectionProvider(elastic()));
        List<EventExecutor> loops = loops();

        Channel first = callFrom(loops.get(0), client);
        Channel second = callFrom(loops.get(1), client);

        assertThat(callFrom(loops.get(0), client)).isSameAs(first);
        assertThat(callFrom(loops.get(1), client)).isSameAs(second).isNotSameAs(first);
    }

    @Test
    void aCallMadeElsewhereIsServedByAPoolOfItsOwn() {
        LoopLocalConnectionProvider provider = new LoopLocalConnectionProvider(elastic());

        String answer = clientWith(provider).get().uri("/").responseContent().aggregate().asString().block(Duration.ofSeconds(10));

        assertThat(answer).isEqualTo("ok");
        assertThat(provider.pools()).extracting(ConnectionProvider::name).containsExactly("upstream-elsewhere");
    }

    @Test
    void eachPoolIsNamedAfterTheConfiguredOneAndItsLoopsPlace() throws Exception {
        LoopLocalConnectionProvider provider = new LoopLocalConnectionProvider(elastic());
        HttpClient client = clientWith(provider);
        List<EventExecutor> loops = loops();

        callFrom(loops.get(1), client);
        callFrom(loops.get(0), client);

        assertThat(provider.pools()).extracting(ConnectionProvider::name).containsExactlyInAnyOrder("upstream-loop-0", "upstream-loop-1");
        assertThat(provider.name()).isEqualTo("upstream");
        assertThat(provider.mutate().build().name()).as("the settings Reactor Netty copies for HTTP/2").isEqualTo("upstream");
    }

    @Test
    void onlyAPoolWithoutAMaximumIsSplit() {
        assertThat(LoopLocalConnectionProvider.splits(elastic())).isTrue();
        assertThat(LoopLocalConnectionProvider.splits(ConnectionProvider.create("fixed", 8))).isFalse();
        assertThat(LoopLocalConnectionProvider.splits(ConnectionProvider.newConnection())).isFalse();
        assertThatThrownBy(() -> new LoopLocalConnectionProvider(ConnectionProvider.create("fixed", 8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disposingItDisposesEveryPoolAndRefusesLaterCalls() throws Exception {
        LoopLocalConnectionProvider provider = new LoopLocalConnectionProvider(elastic());
        HttpClient client = clientWith(provider);
        callFrom(loops().get(0), client);

        provider.disposeLater().block(Duration.ofSeconds(10));

        assertThat(provider.isDisposed()).isTrue();
        assertThat(provider.pools()).isNotEmpty().allSatisfy(pool -> assertThat(pool.isDisposed()).isTrue());
        assertThatThrownBy(() -> client.get().uri("/").responseContent().aggregate().asString().block(Duration.ofSeconds(10)))
                .hasStackTraceContaining("closed");
    }

    /** As Spring Cloud Gateway builds its default pool (type ELASTIC). */
    private static ConnectionProvider elastic() {
        return ConnectionProvider.builder("upstream").maxConnections(Integer.MAX_VALUE).pendingAcquireTimeout(Duration.ZERO)
                .pendingAcquireMaxCount(-1).build();
    }

    private HttpClient clientWith(ConnectionProvider provider) {
        providers.add(provider);
        return HttpClient.create(provider).runOn(clientLoops, false).host("127.0.0.1").port(upstream.port())
                .observe((connection, state) -> {
                    if (state == ConnectionObserver.State.RELEASED) {
                        released.add(connection.channel());
                    }
                });
    }

    private List<EventExecutor> loops() {
        List<EventExecutor> loops = new ArrayList<>();
        clientLoops.onClient(false).forEach(loops::add);
        assertThat(loops).hasSize(2);
        return loops;
    }

    /** @return the channel that carried a call started on the given event loop, once it is back in its pool */
    private Channel callFrom(EventExecutor loop, HttpClient client) throws Exception {
        CompletableFuture<String> answered = new CompletableFuture<>();
        loop.execute(() -> client.get().uri("/").responseContent().aggregate().asString()
                .subscribe(answered::complete, answered::completeExceptionally));
        assertThat(answered.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        return Objects.requireNonNull(released.poll(10, TimeUnit.SECONDS), "no connection released");
    }
}
