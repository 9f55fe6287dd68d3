package org.jinguo.audit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The service's audit trail, and its read endpoint where the service has a code to be read under. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AuditAutoConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc, JsonMapper json) {
        return new AuditTrail(jdbc, json);
    }

    @Bean
    @ConditionalOnProperty("jinguo.service.code")
    AuditController auditController(JdbcClient jdbc, JsonMapper json) {
        return new AuditController(jdbc, json);
    }
}
