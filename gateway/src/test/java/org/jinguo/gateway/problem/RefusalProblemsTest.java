package org.jinguo.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import org.jinguo.gateway.requestid.RequestIdFilter;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/** Which answers get a problem body on a connection, one Netty handler on its own. */
class RefusalProblemsTest {

    private final EmbeddedChannel connection = new EmbeddedChannel(new RefusalProblems(new GatewayProblems(messages()),
            JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build(), Locale.SIMPLIFIED_CHINESE));

    @Test
    void reactorNettysRefusalOfAnUnreadableRequestGetsItsProblemInTheCallersLanguage() {
        connection.writeInbound(unreadableRequest("en", "caller-7"));

        FullHttpResponse answer = send(refusal(HttpResponseStatus.BAD_REQUEST));

        assertThat(answer.status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
        assertThat(answer.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/problem+json");
        assertThat(answer.headers().get(RequestIdFilter.HEADER)).isEqualTo("caller-7");
        assertThat(answer.headers().getInt(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo(answer.content().readableBytes());
        assertThat(answer.content().toString(StandardCharsets.UTF_8)).contains("\"code\":\"BAD_REQUEST\"", "\"title\":\"Bad request\"",
                "\"requestId\":\"caller-7\"");
        answer.release();
    }

    @Test
    void aRefusalReactorNettyDecidedLaterGetsAProblemInTheDefaultLanguage() {
        FullHttpResponse answer = send(refusal(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE));

        assertThat(answer.content().toString(StandardCharsets.UTF_8)).contains("\"code\":\"REQUEST_HEADER_FIELDS_TOO_LARGE\"",
                "\"title\":\"请求头过大\"");
        assertThat(answer.headers().get(RequestIdFilter.HEADER)).matches("[0-9a-f-]{36}");
        answer.release();
    }

    @Test
    void anAnswerFromWebFluxIsLeftAsItIsEvenWhenItLooksLikeARefusal() {
        connection.writeInbound(unreadableRequest("en", "caller-8"));
        FullHttpResponse fromWebFlux = refusal(HttpResponseStatus.NOT_FOUND);
        fromWebFlux.headers().set(RequestIdFilter.HEADER, "earlier-request");

        FullHttpResponse answer = send(fromWebFlux);

        assertThat(answer).isSameAs(fromWebFlux);
        assertThat(answer.content().isReadable()).isFalse();
        answer.release();
    }

    @Test
    void anEmptyAnswerThatKeepsTheConnectionIsLeftAsItIs() {
        FullHttpResponse keepsConnection = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST, Unpooled.buffer(0));

        assertThat(send(keepsConnection)).isSameAs(keepsConnection);
        keepsConnection.release();
    }

    private FullHttpResponse send(FullHttpResponse response) {
        connection.writeOutbound(response);
        return connection.readOutbound();
    }

    /** What Netty's decoder passes on for a header it cannot read: the request so far, marked failed. */
    private static FullHttpRequest unreadableRequest(String language, String requestId) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/courses");
        request.headers().set(HttpHeaderNames.ACCEPT_LANGUAGE, language).set(RequestIdFilter.HEADER, requestId);
        request.setDecoderResult(DecoderResult.failure(new IllegalArgumentException("a control character in a header")));
        return request;
    }

    /** What Reactor Netty answers it with. */
    private static FullHttpResponse refusal(HttpResponseStatus status) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.buffer(0));
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 0).set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
