package org.jinguo.gateway.problem;

import java.util.List;
import java.util.Locale;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import org.jinguo.gateway.requestid.RequestIdFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose request line or headers Netty cannot read (a control character in a header,
 * say, or a line or headers over Netty's limits) never reaches WebFlux: Reactor Netty answers it
 * with an empty 400 (or 414, 431) and closes the connection. This gives that answer the gateway's
 * problem body, like every other refusal. A handler right after Netty's HTTP codec notes the
 * failed request on its way in and fills in the empty answer on its way out, so Reactor Netty
 * still decides the status, keeps pipelined answers in order, and logs and counts the request.
 */
@Component
class UnreadableRequests implements NettyServerCustomizer {

    static final String HANDLER = "jinguo.unreadableRequests";

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
            if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER, new ProblemForEmptyRefusal());
            }
        });
    }

    /** One a connection: it remembers the unreadable request until Reactor Netty's answer to it passes. */
    private final class ProblemForEmptyRefusal extends ChannelDuplexHandler {

        private HttpRequest unreadable;

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
                unreadable = request;
            }
            context.fireChannelRead(message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            if (unreadable != null && message instanceof FullHttpResponse refusal && isEmptyRefusal(refusal)) {
                String requestId = RequestIdFilter.idFor(unreadable.headers().get(RequestIdFilter.HEADER));
                byte[] body = json.writeValueAsBytes(problems.forUnreadableRequest(HttpStatusCode.valueOf(refusal.status().code()),
                        localeOf(unreadable), requestId));
                unreadable = null;
                FullHttpResponse problem = refusal.replace(Unpooled.wrappedBuffer(body));
                refusal.release();
                problem.headers()
                        .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                        .set(RequestIdFilter.HEADER, requestId);
                context.write(problem, promise);
                return;
            }
            context.write(message, promise);
        }

        /** What Reactor Netty answers an unreadable request with: a 4xx, no body, and the connection closed. */
        private static boolean isEmptyRefusal(FullHttpResponse response) {
            return response.status().code() >= 400 && response.status().code() < 500 && !response.content().isReadable()
                    && response.headers().contains(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
        }

        /** The first language the caller accepts, as WebFlux would pick it for a readable request. */
        private Locale localeOf(HttpRequest request) {
            String accepted = request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
            if (accepted == null || accepted.isBlank()) {
                return defaultLocale;
            }
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accepted);
                return ranges.isEmpty() || ranges.get(0).getRange().equals("*") ? defaultLocale : Locale.forLanguageTag(ranges.get(0).getRange());
            } catch (IllegalArgumentException unreadableToo) {
                return defaultLocale;
            }
        }
    }
}
