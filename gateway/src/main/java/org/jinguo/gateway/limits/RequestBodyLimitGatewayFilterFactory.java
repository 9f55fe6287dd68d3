package org.jinguo.gateway.limits;

import java.util.List;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ContentTooLargeException;
import reactor.core.publisher.Mono;

/**
 * {@code RequestBodyLimit=1MB}: refuses a request whose declared body is larger than the route
 * allows, before anything is sent to the service.
 *
 * <p>Like Spring Cloud Gateway's {@code RequestSize} filter it judges the Content-Length header,
 * but it raises the error instead of ending the response, so the caller gets a 413 problem like
 * every other error. A body sent without a length (chunked) is left to the service's own limit.
 */
@Component
public class RequestBodyLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<RequestBodyLimitGatewayFilterFactory.Config> {

    public RequestBodyLimitGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("maxSize");
    }

    @Override
    public GatewayFilter apply(Config config) {
        Assert.notNull(config.getMaxSize(), "RequestBodyLimit needs a maximum size, e.g. RequestBodyLimit=1MB");
        long maxBytes = config.getMaxSize().toBytes();
        return (exchange, chain) -> {
            long declared = exchange.getRequest().getHeaders().getContentLength();
            if (declared > maxBytes) {
                return Mono.error(new ContentTooLargeException(null));
            }
            return chain.filter(exchange);
        };
    }

    public static class Config {

        private DataSize maxSize;

        public DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }
    }
}
