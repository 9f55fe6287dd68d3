package org.jinguo.messaging.inbox;

import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies each event at most once per consumer: the event id is recorded in the same transaction
 * as the handler's effect, so a redelivered or re-driven event changes nothing.
 */
@RequiredArgsConstructor
public class Inbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    /**
     * A listener of the topic's events, each applied once under the consumer name; declare it as a bean.
     *
     * @param consumer a stable name of the consuming feature, e.g. {@code employment}
     * @see InboxListener
     */
    public InboxListener listener(String topic, String consumer) {
        return new InboxListener(this, topic, consumer);
    }

    /**
     * @param consumer a stable name of the consuming feature, e.g. {@code region-copy}
     * @param handler  the effect; it runs in the inbox transaction and throws to have the record retried
     * @return true when the handler ran, false when the event had been applied before
     */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        ReceivedEvent event = ReceivedEvent.parse(record.value(), json);
        Boolean applied = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                    insert into inbox_event (consumer, event_id, event_type, topic)
                    values (:consumer, :eventId, :type, :topic)
                    on conflict do nothing
                    """)
                    .param("consumer", consumer)
                    .param("eventId", event.id())
                    .param("type", event.type())
                    .param("topic", record.topic())
                    .update();
            if (inserted == 0) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
