package org.jinguo.gateway.problem;

import java.util.List;
import java.util.Locale;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;

import lombok.RequiredArgsConstructor;

import org.jinguo.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills in Reactor Netty's own refusals on one connection: a 4xx with no body that closes the
 * connection and carries no {@code X-Request-Id} (every answer WebFlux gives carries one). The
 * caller's language and request id come from the last request Netty could not read, as far as
 * its headers were read before the one that failed; without one (a refusal Reactor Netty decided
 * later, such as for an unusable Host header), the default language and a new id.
 */
@RequiredArgsConstructor
final class RefusalProblems extends ChannelDuplexHandler {

    private static final Logger log = LoggerFactory.getLogger(RefusalProblems.class);

    private final GatewayProblems problems;
    private final JsonMapper json;
    private final Locale defaultLocale;
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
        context.write(message instanceof FullHttpResponse response && isBareRefusal(response) ? withProblem(response) : message, promise);
    }

    private static boolean isBareRefusal(FullHttpResponse response) {
        return response.status().code() >= 400 && response.status().code() < 500 && !response.content().isReadable()
                && response.headers().contains(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true)
                && !response.headers().contains(RequestIdFilter.HEADER);
    }

    private FullHttpResponse withProblem(FullHttpResponse refusal) {
        HttpRequest request = unreadable;
        unreadable = null;
        String requestId = RequestIdFilter.idFor(request == null ? null : request.headers().get(RequestIdFilter.HEADER));
        byte[] body;
        try {
            body = json.writeValueAsBytes(problems.forUnreadableRequest(HttpStatusCode.valueOf(refusal.status().code()),
                    request == null ? defaultLocale : localeOf(request), requestId));
        } catch (RuntimeException unwritable) {
            log.warn("Could not write the problem for a refused request; it is answered without one", unwritable);
            return refusal;
        }
        FullHttpResponse answer = refusal.replace(Unpooled.wrappedBuffer(body));
        refusal.release();
        answer.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(RequestIdFilter.HEADER, requestId);
        return answer;
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
