package org.jinguo.gateway.connections;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.LoopResources;

/**
 * The event loops that serve the gateway's own connections, for its client to the services, so
 * that a call can stay on the loop its request arrived on ({@link LoopLocalConnectionProvider}).
 *
 * <p>They are Spring's {@link ReactorResourceFactory}'s, which exist once the application has
 * started, after the client is built: looked up on use. Reactor Netty's global loops when the
 * gateway runs; a test's application context has loops of its own. The factory disposes of them.
 */
final class ServerEventLoops implements LoopResources {

    private final ReactorResourceFactory resources;

    ServerEventLoops(ReactorResourceFactory resources) {
        this.resources = resources;
    }

    private LoopResources loops() {
        return resources.getLoopResources();
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
