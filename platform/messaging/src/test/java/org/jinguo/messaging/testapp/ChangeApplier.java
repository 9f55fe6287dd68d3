package org.jinguo.messaging.testapp;

import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnProperty(name = "test.applier.enabled", matchIfMissing = true)
@RequiredArgsConstructor
class ChangeApplier {

    private final Inbox inbox;
    private final JdbcClient jdbc;

    @KafkaListener(topics = ChangeRecorded.TOPIC, groupId = "change-applier")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive("change-applier", record, event -> {
            ChangeRecorded change = event.dataAs(ChangeRecorded.class);
            if (change.poison() && !cured()) {
                throw new IllegalStateException("poisoned change " + change.aggregate() + "#" + change.sequence());
            }
            jdbc.sql("insert into applied_change (aggregate, sequence, event_id) values (?, ?, ?)")
                    .params(change.aggregate(), change.sequence(), event.id())
                    .update();
        });
    }

    private boolean cured() {
        return jdbc.sql("select cured from poison_cure").query(Boolean.class).single();
    }
}
