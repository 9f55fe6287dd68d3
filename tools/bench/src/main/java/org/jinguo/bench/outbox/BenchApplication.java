package org.jinguo.bench.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A service reduced to one change, its event and one consumer of it. */
@SpringBootApplication
class BenchApplication {

    static final String OUTBOX_TOPIC = "bench.outbox";
    static final String DIRECT_TOPIC = "bench.direct";
    static final String TYPE = "org.jinguo.bench.change.recorded.v1";

    @Bean
    LatencyProbe latencyProbe() {
        return new LatencyProbe();
    }

    record Change(int sequence) {
    }

    /** The change under test: a row and its event in one transaction, relayed by the outbox. */
    @Component
    static class OutboxWriter {

        private final TransactionTemplate transactions;
        private final JdbcClient jdbc;
        private final EventOutbox outbox;
        private final LatencyProbe probe;

        OutboxWriter(TransactionTemplate transactions, JdbcClient jdbc, EventOutbox outbox, LatencyProbe probe) {
            this.transactions = transactions;
            this.jdbc = jdbc;
            this.outbox = outbox;
            this.probe = probe;
        }

        void write(int sequence) {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into bench_change (sequence) values (?) on conflict do nothing").param(sequence).update();
                outbox.publish(OUTBOX_TOPIC, TYPE, "aggregate-" + (sequence % 100), new Change(sequence));
            });
            probe.committed(sequence);
        }
    }

    /**
     * The baseline: the same row committed, then the event sent straight to Kafka after the
     * commit (what a service without an outbox would do, losing events when Kafka is down).
     */
    @Component
    static class DirectWriter {

        private final TransactionTemplate transactions;
        private final JdbcClient jdbc;
        private final KafkaTemplate<String, String> kafka;
        private final LatencyProbe probe;

        DirectWriter(TransactionTemplate transactions, JdbcClient jdbc, KafkaTemplate<String, String> kafka, LatencyProbe probe) {
            this.transactions = transactions;
            this.jdbc = jdbc;
            this.kafka = kafka;
            this.probe = probe;
        }

        void write(int sequence) {
            transactions.executeWithoutResult(status ->
                    jdbc.sql("insert into bench_change (sequence) values (?) on conflict do nothing").param(sequence).update());
            probe.committed(sequence);
            kafka.send(DIRECT_TOPIC, "aggregate-" + (sequence % 100), """
                    {"specversion":"1.0","id":"%s","source":"bench","type":"%s","subject":"aggregate","time":"2025-03-05T10:00:00Z",
                     "datacontenttype":"application/json","data":{"sequence":%d}}"""
                    .formatted(java.util.UUID.randomUUID(), TYPE, sequence));
        }
    }

    /** The consumer, idempotent through the inbox as every Jinguo consumer is. */
    @Component
    static class ChangeHandler {

        private final Inbox inbox;
        private final LatencyProbe probe;

        ChangeHandler(Inbox inbox, LatencyProbe probe) {
            this.inbox = inbox;
            this.probe = probe;
        }

        @KafkaListener(topics = {OUTBOX_TOPIC, DIRECT_TOPIC}, groupId = "bench-handler")
        void on(ConsumerRecord<String, String> record) {
            inbox.receive("bench-handler", record, event -> probe.handled(event.dataAs(Change.class).sequence()));
        }
    }
}
