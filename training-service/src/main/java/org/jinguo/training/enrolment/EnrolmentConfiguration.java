package org.jinguo.training.enrolment;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class EnrolmentConfiguration {

    /**
     * Staff enrol women and keep rolls (town staff for their town's women); a RESIDENT enrols,
     * cancels and checks in for herself (checked in {@link EnrolmentService}); partners with
     * {@code training.read} read enrolments.
     */
    @Bean
    AccessRules enrolmentAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/sessions/*/enrolments")
                .hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF", "RESIDENT")
                .requestMatchers(HttpMethod.GET, "/api/v1/enrolments/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_ACADEMY_STAFF", "ROLE_TOWN_STAFF", "ROLE_RESIDENT", "SCOPE_training.read")
                .requestMatchers("/api/v1/enrolments/**").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF", "RESIDENT");
    }

    /** A session's enrolments keep their order: keyed by session id. */
    @Bean
    NewTopic enrolmentsTopic() {
        return TopicBuilder.name(TrainingEvents.ENROLMENTS_TOPIC).partitions(3).build();
    }
}
