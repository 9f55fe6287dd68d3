package org.jinguo.gateway.connections;

import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * loops takes a connection served by that same loop, so the request, the answer and the reply to
 * the caller stay on one thread.
 *
 * <p>With one pool for all loops, a call arriving on one loop often takes an idle connection
 * served by another, and is handed from loop to loop and back, each hand-over waking the other
 * loop's thread. The gateway's server and client share their event loops, so a request that
 * arrived on a loop is proxied on it. Calls made elsewhere (a retry after its back-off, say)
 * share one more pool.
 *
 * <p>Each pool has the configured settings; a configured maximum of connections is shared out
 * among the loops' pools, rounded up, and the pool for calls made elsewhere has one share more.
 */
public final class LoopLocalConnectionProvider implements ConnectionProvider {

    private static final Object ELSEWHERE = new Object();

    private final ConnectionProvider configured;
    /** By event loop, and {@link #ELSEWHERE} for calls made on other threads. */
    private final Map<Object, ConnectionProvider> pools = new ConcurrentHashMap<>();
    private final AtomicInteger loopPoolsOpened = new AtomicInteger();
    private volatile boolean disposed;

    /** @param configured the pool as configured, whose settings each loop's pool copies; never used itself */
    public LoopLocalConnectionProvider(ConnectionProvider configured) {
        if (configured.mutate() == null) {
            throw new IllegalArgumentException("Connections pooled per event loop need a pool's settings to copy, not " + configured);
        }
        this.configured = configured;
    }

    @Override
    public Mono<? extends Connection> acquire(TransportConfig config, ConnectionObserver observer,
            @Nullable Supplier<? extends SocketAddress> remoteAddress, @Nullable AddressResolverGroup<?> resolverGroup) {
        // Chosen when subscribed: that is where the call runs, and where a new connection is opened.
        return Mono.defer(() -> poolFor(config).acquire(config, observer, remoteAddress, resolverGroup));
    }

    private ConnectionProvider poolFor(TransportConfig config) {
        EventLoopGroup loops = config.loopResources().onClient(config.isPreferNative());
        Object caller = ELSEWHERE;
        for (EventExecutor loop : loops) {
            if (loop.inEventLoop()) {
                caller = loop;
            }
        }
        ConnectionProvider pool = pools.get(caller);
        return pool != null ? pool : pools.computeIfAbsent(caller, key -> newPool(key, loops));
    }

    private ConnectionProvider newPool(Object caller, EventLoopGroup loops) {
        if (disposed) {
            throw new IllegalStateException("The connection pools to the services are closed");
        }
        String suffix = caller == ELSEWHERE ? "elsewhere" : "loop-" + loopPoolsOpened.getAndIncrement();
        return pool(suffix, loopCount(loops));
    }

    private static int loopCount(EventLoopGroup loops) {
        int count = 0;
        for (EventExecutor ignored : loops) {
            count++;
        }
        return count;
    }

    private ConnectionProvider pool(String suffix, int shares) {
        Builder settings = configured.mutate();
        settings.name(configured.name() + "-" + suffix);
        int max = configured.maxConnections();
        if (max != Integer.MAX_VALUE) {
            settings.maxConnections((max + shares - 1) / shares);
        }
        return settings.build();
    }

    /** The pools opened so far. */
    List<ConnectionProvider> pools() {
        return List.copyOf(pools.values());
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

    /** The configured maximum, for all pools together. */
    @Override
    public int maxConnections() {
        return configured.maxConnections();
    }

    @Override
    public @Nullable String name() {
        return configured.name();
    }
}
