package org.jinguo.gateway.connections;

import java.util.List;

import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.cloud.gateway.config.HttpClientFactory;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.config.HttpClientSslConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.ConnectionProvider;

/**
 * The gateway's client to the services, as Spring Cloud Gateway configures it
 * ({@code spring.cloud.gateway.server.webflux.httpclient.*}), on the event loops of the gateway's
 * server, with its connection pool (type ELASTIC, the default) split per event loop: a call
 * proxied on the loop its request arrived on stays on it (bench/README.md, "Connections per event
 * loop").
 */
@Configuration(proxyBeanMethods = false)
class ConnectionsConfiguration {

    @Bean
    HttpClientFactory gatewayHttpClientFactory(HttpClientProperties properties, ServerProperties server,
            List<HttpClientCustomizer> customizers, HttpClientSslConfigurer ssl) {
        return new HttpClientFactory(properties, server, ssl, customizers) {
            @Override
            protected ConnectionProvider buildConnectionProvider(HttpClientProperties properties) {
                ConnectionProvider configured = super.buildConnectionProvider(properties);
                // Kept whole: a disabled pool (a new connection for every call) and a FIXED one.
                return LoopLocalConnectionProvider.splits(configured) ? new LoopLocalConnectionProvider(configured) : configured;
            }
        };
    }

    @Bean
    HttpClientCustomizer callServicesOnTheServersEventLoops(ReactorResourceFactory resources) {
        return client -> client.runOn(new ServerEventLoops(resources));
    }
}
