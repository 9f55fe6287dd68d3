package org.jinguo.gateway.problem;

import java.util.Locale;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpServerCodec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose request line or headers Netty cannot read (a control character in a header,
 * say, or a line or headers over Netty's limits) never reaches WebFlux: Reactor Netty answers it
 * with an empty 400 (or 414, 431) and closes the connection. {@link RefusalProblems}, right after
 * Netty's HTTP/1.1 codec, gives that answer the gateway's problem body, so Reactor Netty still
 * decides the status and keeps pipelined answers in order.
 */
@Component
class UnreadableRequests implements NettyServerCustomizer {

    static final String HANDLER = "jinguo.refusalProblems";

    private final GatewayProblems problems;
    private final JsonMapper json;
    private final Locale defaultLocale;

    UnreadableRequests(GatewayProblems problems, JsonMapper json, @Value("${spring.web.locale:zh_CN}") Locale defaultLocale) {
        this.problems = problems;
        this.json = json;
        this.defaultLocale = defaultLocale;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) instanceof HttpServerCodec) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER, new RefusalProblems(problems, json, defaultLocale));
            }
        });
    }
}
