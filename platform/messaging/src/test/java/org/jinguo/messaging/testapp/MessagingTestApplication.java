package org.jinguo.messaging.testapp;

import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.inbox.InboxListener;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A minimal service that records changes and applies them from Kafka, to prove the messaging module. */
@SpringBootApplication
public class MessagingTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(MessagingTestApplication.class, args);
    }

    /** A second consumer of the changes, declared the one-line way. */
    @Bean
    @ConditionalOnProperty(name = "test.applier.enabled", matchIfMissing = true)
    InboxListener changeCounter(Inbox inbox, JdbcClient jdbc) {
        return inbox.listener(ChangeRecorded.TOPIC, "change-counter").on(ChangeRecorded.TYPE, ChangeRecorded.class,
                change -> jdbc.sql("insert into counted_change (aggregate, sequence) values (?, ?)")
                        .params(change.aggregate(), change.sequence()).update());
    }
}
