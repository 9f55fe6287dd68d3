package org.jinguo.care.mother;

import org.jinguo.events.training.CompletionRecordedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.inbox.InboxListener;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class MotherConfiguration {

    /** A caring mother reads her own record; staff (CITY_ADMIN, CARE_STAFF, TOWN_STAFF of her town) keep them all; revealing is city staff's. */
    @Bean
    AccessRules motherAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/caring-mothers/me", "/api/v1/caring-mothers/me/matches").hasRole("CARING_MOTHER")
                .requestMatchers(HttpMethod.POST, "/api/v1/caring-mothers/*/personal-data/reveal").hasAnyRole("CITY_ADMIN", "CARE_STAFF")
                .requestMatchers("/api/v1/caring-mothers/**").hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }

    /** Certifies caring mothers from training's completions, each event once. */
    @Bean
    InboxListener certificationListener(Inbox inbox, MotherService mothers) {
        return inbox.listener(TrainingEvents.COMPLETIONS_TOPIC, "training-completion")
                .on(TrainingEvents.COMPLETION_RECORDED, CompletionRecordedV1.class, mothers::completionRecorded);
    }
}
