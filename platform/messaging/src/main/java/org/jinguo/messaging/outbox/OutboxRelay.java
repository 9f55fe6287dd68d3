package org.jinguo.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jinguo.events.EventEnvelope;
import org.jinguo.messaging.MessagingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox events to Kafka, at least once and in order per aggregate.
 *
 * <p>Events are spread over 16 lanes by key (the outbox table computes the lane). For each lane, in one database
 * transaction, the relay takes the lane's advisory lock (skipping the lane if another relay holds
 * it), sends the lane's oldest events, waits for the broker's acknowledgement and deletes them. A
 * failure or a crash rolls the deletion back, so the events are sent again: consumers are
 * idempotent. The relay is woken right after a commit that published events, and also polls.
 */
public class OutboxRelay implements SmartLifecycle {

    /** First key of the two-key advisory lock; the second is the lane. */
    private static final int LOCK_NAMESPACE = 0x6A67_6F62;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final CloudEventWriter writer;
    private final MessagingProperties.Relay settings;
    private final KafkaAdmin topics;
    private volatile boolean topicsCreated;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private boolean woken;
    private volatile Thread thread;

    /** @param topics creates the service's declared topics; null when the service declares none */
    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                       CloudEventWriter writer, MessagingProperties.Relay settings, KafkaAdmin topics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.writer = writer;
        this.settings = settings;
        this.topics = topics;
    }

    /** Asks the relay to look at the outbox now rather than at its next poll. */
    public void wakeUp() {
        lock.lock();
        try {
            woken = true;
            wakeUp.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends every event currently in the outbox whose lane no other relay holds.
     *
     * @return the number of events sent
     */
    public int relayPending() {
        ensureTopics();
        int sent = 0;
        List<Integer> lanes = jdbc.sql("select lane from outbox_event group by lane order by lane").query(Integer.class).list();
        for (int lane : lanes) {
            int batch;
            do {
                batch = relayBatch(lane);
                sent += batch;
            } while (batch == settings.batchSize());
        }
        return sent;
    }

    /**
     * Creates the service's declared topics (with their partitions and compaction) before the
     * first send; were the broker to create them on first use, they would get its defaults. Done
     * here rather than at start-up, so that a service starts while Kafka is down.
     */
    private void ensureTopics() {
        if (!topicsCreated && topics != null) {
            if (!topics.initialize()) {
                throw new IllegalStateException("The declared topics could not be created yet");
            }
            topicsCreated = true;
        }
    }

    private int relayBatch(int lane) {
        Integer sent = transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:namespace, :lane)")
                    .param("namespace", LOCK_NAMESPACE).param("lane", lane)
                    .query(Boolean.class).single();
            if (!mine) {
                return 0;
            }
            List<OutboxEvent> events = jdbc.sql("""
                    select position, event_id, topic, message_key, event_type, subject, occurred_at,
                           data::text as data, traceparent
                    from outbox_event where lane = :lane order by position limit :limit
                    """)
                    .param("lane", lane).param("limit", settings.batchSize())
                    .query(OutboxEvent.class).list();
            if (events.isEmpty()) {
                return 0;
            }
            send(events);
            jdbc.sql("delete from outbox_event where position in (:positions)")
                    .param("positions", events.stream().map(OutboxEvent::position).toList())
                    .update();
            return events.size();
        });
        return sent == null ? 0 : sent;
    }

    private void send(List<OutboxEvent> events) {
        List<CompletableFuture<?>> acks = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.messageKey(), writer.write(event));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            if (event.traceparent() != null) {
                record.headers().add(EventEnvelope.TRACEPARENT_HEADER, event.traceparent().getBytes(StandardCharsets.UTF_8));
            }
            acks.add(kafka.send(record));
        }
        kafka.flush();
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while relaying the outbox", e);
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not acknowledge the outbox batch", e);
        }
    }

    private void run() {
        while (thread != null) {
            try {
                if (relayPending() == 0) {
                    awaitWakeUp(settings.pollInterval().toMillis());
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay failed; events stay in the outbox and are retried: {} (cause: {})",
                        e.getMessage(), rootCause(e).toString());
                pauseAfterFailure();
            }
        }
    }

    /** Commits keep waking the relay; after a failure it rests anyway, so a dead broker is not hammered. */
    private void pauseAfterFailure() {
        try {
            Thread.sleep(settings.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread = null;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void awaitWakeUp(long millis) {
        lock.lock();
        try {
            if (!woken) {
                wakeUp.await(millis, TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread = null;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        if (!settings.enabled() || thread != null) {
            return;
        }
        Thread relayThread = new Thread(this::run, "outbox-relay");
        thread = relayThread;
        relayThread.start();
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            wakeUp();
            try {
                running.join(settings.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        // Stop before the Kafka producer and the data source are closed.
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
