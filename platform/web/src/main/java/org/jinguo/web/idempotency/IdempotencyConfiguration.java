package org.jinguo.web.idempotency;

import org.jinguo.web.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    /** After the security filters (order -100), so that the client is known. */
    static final int FILTER_ORDER = -50;

    @Bean
    @ConditionalOnMissingBean
    IdempotencyClientResolver idempotencyClientResolver() {
        return IdempotencyClientResolver.byPrincipal();
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcClient jdbc, JsonMapper json, IdempotencyProperties properties) {
        return new IdempotencyStore(jdbc, json, properties);
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyStore store) {
        return new IdempotencyPurge(store);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, IdempotencyClientResolver clients,
                                                               ProblemWriter problems, IdempotencyProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, clients, problems, properties));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
