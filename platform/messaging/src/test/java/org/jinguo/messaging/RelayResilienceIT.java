package org.jinguo.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jinguo.messaging.outbox.CloudEventWriter;
import org.jinguo.messaging.outbox.OutboxRelay;
import org.jinguo.messaging.testapp.ChangeRecorder;
import org.jinguo.messaging.testapp.MessagingTestApplication;
import org.jinguo.testsupport.JavaProcess;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proofs (c) and (d): the relay survives being killed while relaying, and two relays running at
 * once neither lose nor reorder events. This context writes to the outbox but relays nothing itself.
 */
@ServiceIntegrationTest
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"jinguo.messaging.relay.enabled=false", "test.applier.enabled=false"})
class RelayResilienceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    ChangeRecorder recorder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CloudEventWriter writer;
    @Autowired
    MessagingProperties properties;
    @Autowired
    Environment environment;

    @Test
    void aRelayKilledWhileRelayingLosesNothingAndKeepsOrderAfterARestart() throws Exception {
        String prefix = "crash-" + UUID.randomUUID() + "-";
        recorder.recordMany(prefix, 200, 100);
        long total = outboxCount(prefix);
        assertThat(total).isEqualTo(20_000);

        try (JavaProcess relay = startRelayProcess()) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> outboxCount(prefix) < total);
            relay.kill();
        }
        long left = outboxCount(prefix);
        assertThat(left).as("the relay was killed before it had sent everything").isPositive();

        try (JavaProcess relay = startRelayProcess()) {
            await().atMost(PATIENCE).until(() -> outboxCount(prefix) == 0);
        }

        PublishedChanges published = PublishedChanges.read(prefix, 20_000, PATIENCE);
        assertThat(published.distinctEvents()).isEqualTo(20_000);
        published.firstDeliveryOrder().values().forEach(order -> assertThat(order).isEqualTo(PublishedChanges.oneTo(100)));
    }

    @Test
    void twoRelaysRunningAtOnceDeliverEveryEventInOrderPerAggregate() throws Exception {
        String prefix = "concurrent-" + UUID.randomUUID() + "-";
        recorder.recordMany(prefix, 100, 100);
        assertThat(outboxCount(prefix)).isEqualTo(10_000);

        OutboxRelay first = newRelay();
        OutboxRelay second = newRelay();
        ExecutorService relayThreads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> sentByFirst = relayThreads.submit(() -> {
            start.await();
            return drain(first, prefix);
        });
        Future<Integer> sentBySecond = relayThreads.submit(() -> {
            start.await();
            return drain(second, prefix);
        });
        start.countDown();
        relayThreads.shutdown();

        assertThat(sentByFirst.get()).as("both relays took part").isPositive();
        assertThat(sentBySecond.get()).as("both relays took part").isPositive();
        PublishedChanges published = PublishedChanges.read(prefix, 10_000, PATIENCE);
        assertThat(published.distinctEvents()).isEqualTo(10_000);
        assertThat(published.firstDeliveryOrder()).hasSize(100);
        published.firstDeliveryOrder().values().forEach(order -> assertThat(order).isEqualTo(PublishedChanges.oneTo(100)));
    }

    private int drain(OutboxRelay relay, String prefix) {
        int sent = 0;
        while (outboxCount(prefix) > 0) {
            sent += relay.relayPending();
        }
        return sent;
    }

    /**
     * A relay of its own, as in another instance of the service. Its producer gets its id before
     * the race starts: a fresh single-node KRaft broker was seen to give two producers that
     * asked at the same instant the same id, which is not what this test is about.
     */
    private OutboxRelay newRelay() throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        kafka.send("test.relay-warm-up", "warm-up").get(30, TimeUnit.SECONDS);
        return new OutboxRelay(jdbc, transactions, kafka, writer, properties.relay(), null);
    }

    private JavaProcess startRelayProcess() {
        return JavaProcess.startMainClass(MessagingTestApplication.class, "256m", List.of(
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--spring.main.web-application-type=none",
                "--test.applier.enabled=false",
                "--jinguo.messaging.relay.batch-size=100"));
    }

    private long outboxCount(String prefix) {
        return jdbc.sql("select count(*) from outbox_event where message_key like ?").param(prefix + "%").query(Long.class).single();
    }
}
