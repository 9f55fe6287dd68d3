package org.jinguo.gateway.connections;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.LoopResources;

/**
 * The event loops that serve the gateway's own connections, for its client to the services, so
 * that a call can stay on the loop its request arrived on ({@link LoopLocalConnectionProvider}).
 *
 * <p>They are Spring's {@link ReactorResourceFactory}'s: Reactor Netty's global loops when the
 * gateway runs, but loops of the application context's own under Spring Boot's test support,
 * which turns the global ones off. Taken from the factory when first asked for (the client's name
 * resolver asks as the client is built, which starts the factory early) and kept, so that a call
 * late in shutdown never starts the factory again once it has stopped.
 */
final class ServerEventLoops implements LoopResources {

    private final ReactorResourceFactory resources;
    private volatile @Nullable LoopResources loops;

    ServerEventLoops(ReactorResourceFactory resources) {
        this.resources = resources;
    }

    private LoopResources loops() {
        LoopResources known = loops;
        if (known == null) {
            known = resources.getLoopResources();
            loops = known;
        }
        return known;
    }

    @Override
    public EventLoopGroup onServer(boolean useNative) {
        return loops().onServer(useNative);
    }

    @Override
    public EventLoopGroup onServerSelect(boolean useNative) {
        return loops().onServerSelect(useNative);
    }

    @Override
    public EventLoopGroup onClient(boolean useNative) {
        return loops().onClient(useNative);
    }

    @Override
    public <C extends Channel> C onChannel(Class<C> channelType, EventLoopGroup group) {
        return loops().onChannel(channelType, group);
    }

    @Override
    public <C extends Channel> Class<? extends C> onChannelClass(Class<C> channelType, EventLoopGroup group) {
        return loops().onChannelClass(channelType, group);
    }

    @Override
    public boolean daemon() {
        return loops().daemon();
    }
}
