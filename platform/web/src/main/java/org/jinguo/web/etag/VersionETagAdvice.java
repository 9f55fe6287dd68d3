package org.jinguo.web.etag;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every answer that is one record with a version carries that version as its ETag, whichever
 * controller wrote it, so that a client can always send back what it read in {@code If-Match}
 * and the API description can say so of every such answer.
 */
@ControllerAdvice
public class VersionETagAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body != null && response.getHeaders().getETag() == null) {
            version(body).ifPresent(version -> response.getHeaders().set(HttpHeaders.ETAG, Versions.etag(version)));
        }
        return body;
    }

    private static final Map<Class<?>, Optional<Method>> VERSION_ACCESSORS = new ConcurrentHashMap<>();

    /** The record's {@code version}, if it is a record that has one. */
    static Optional<Long> version(Object body) {
        return VERSION_ACCESSORS.computeIfAbsent(body.getClass(), type -> versionComponent(type).map(component -> {
                    Method accessor = component.getAccessor();
                    ReflectionUtils.makeAccessible(accessor);
                    return accessor;
                }))
                .map(accessor -> ((Number) ReflectionUtils.invokeMethod(accessor, body)).longValue());
    }

    public static Optional<RecordComponent> versionComponent(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getName().equals("version"))
                .filter(component -> component.getType() == long.class || component.getType() == Long.class)
                .findFirst();
    }
}
