package org.jinguo.gateway.connections;

import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.netty.channel.EventLoopGroup;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.TransportConfig;

/**
 * Connections to the services pooled per event loop: a call made on one of the client's event
 * loops takes, or opens, a connection served by that same loop, so the request, the answer and
 * the reply to the caller stay on one thread.
 *
 * <p>With one pool for all loops, a call often takes an idle connection served by another loop,
 * and is handed from loop to loop and back, each hand-over waking the other loop's thread. The
 * gateway's server and client share their event loops ({@link ServerEventLoops}), so a request
 * proxied on the loop it arrived on stays there (with the rate limits counted in memory or in
 * Redis alike). Calls made on other threads, such as a retry after its back-off, share one more
 * pool.
 *
 * <p>Each pool copies the configured settings and is named after it: {@code <name>-loop-<n>}
 * ({@code n} the loop's place in its group), {@code <name>-elsewhere}. Only a pool without a
 * maximum of connections may be split: a maximum could not be kept across pools without starving
 * the busy loops (see {@link #splits}).
 */
public final class LoopLocalConnectionProvider implements ConnectionProvider {

    private static final Object ELSEWHERE = new Object();

    private final ConnectionProvider configured;
    /** By event loop, and {@link #ELSEWHERE} for calls made on other threads. */
    private final Map<Object, ConnectionProvider> pools = new ConcurrentHashMap<>();
    private volatile boolean disposed;

    /** @param configured the pool as configured, whose settings each pool copies; never used itself */
    public LoopLocalConnectionProvider(ConnectionProvider configured) {
        if (!splits(configured)) {
            throw new IllegalArgumentException("Only a pool without a maximum of connections is split per event loop, not " + configured);
        }
        this.configured = configured;
    }

    /** Whether the pool has settings to copy (it pools at all) and no maximum of connections (type ELASTIC). */
    public static boolean splits(ConnectionProvider configured) {
        return configured.mutate() != null && configured.maxConnections() == Integer.MAX_VALUE;
    }

    @Override
    public Mono<? extends Connection> acquire(TransportConfig config, ConnectionObserver observer,
            @Nullable Supplier<? extends SocketAddress> remoteAddress, @Nullable AddressResolverGroup<?> resolverGroup) {
        // Chosen when subscribed: that is where the call runs, and where a new connection is opened.
        return Mono.defer(() -> poolFor(config).acquire(config, observer, remoteAddress, resolverGroup));
    }

    private ConnectionProvider poolFor(TransportConfig config) {
        if (disposed) {
            throw new IllegalStateException("The connection pools to the services are closed");
        }
        EventLoopGroup loops = config.loopResources().onClient(config.isPreferNative());
        int place = 0;
        for (EventExecutor loop : loops) {
            if (loop.inEventLoop()) {
                return pool(loop, place);
            }
            place++;
        }
        return pool(ELSEWHERE, -1);
    }

    /** @param place the loop's place in its group, or -1 for calls made elsewhere */
    private ConnectionProvider pool(Object caller, int place) {
        ConnectionProvider pool = pools.get(caller);
        return pool != null ? pool : pools.computeIfAbsent(caller,
                key -> configured.mutate().name(configured.name() + (place < 0 ? "-elsewhere" : "-loop-" + place)).build());
    }

    /** The pools opened so far. */
    List<ConnectionProvider> pools() {
        return List.copyOf(pools.values());
    }

    /** The configured settings, for the HTTP/2 pool Reactor Netty derives from this provider. */
    @Override
    public Builder mutate() {
        return configured.mutate();
    }

    @Override
    public void disposeWhen(SocketAddress remoteAddress) {
        pools().forEach(pool -> pool.disposeWhen(remoteAddress));
    }

    @Override
    public Mono<Void> disposeLater() {
        return Mono.defer(() -> {
            disposed = true;
            return Mono.when(pools().stream().map(ConnectionProvider::disposeLater).toList()).and(configured.disposeLater());
        });
    }

    @Override
    public boolean isDisposed() {
        return disposed;
    }

    @Override
    public int maxConnections() {
        return configured.maxConnections();
    }

    @Override
    public @Nullable Map<SocketAddress, Integer> maxConnectionsPerHost() {
        return configured.maxConnectionsPerHost();
    }

    @Override
    public @Nullable String name() {
        return configured.name();
    }
}
