package org.jinguo.training.completion;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class CompletionConfiguration {

    /** Certificates are verified by anyone (an employer, a caring-mother programme); completions read like people. */
    @Bean
    AccessRules completionAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/certificates/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/completions")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_ACADEMY_STAFF", "ROLE_TOWN_STAFF", "ROLE_RESIDENT", "SCOPE_training.read");
    }

    /** A person's completions and certificates in order: keyed by person id. */
    @Bean
    NewTopic completionsTopic() {
        return TopicBuilder.name(TrainingEvents.COMPLETIONS_TOPIC).partitions(3).build();
    }
}
