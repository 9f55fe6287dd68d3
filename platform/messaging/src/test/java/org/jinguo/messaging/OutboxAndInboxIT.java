package org.jinguo.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.messaging.deadletter.DeadLetterRedrive;
import org.jinguo.messaging.inbox.InboxPurge;
import org.jinguo.messaging.testapp.ChangeRecorded;
import org.jinguo.messaging.testapp.ChangeRecorder;
import org.jinguo.messaging.testapp.MessagingTestApplication;
import org.jinguo.testsupport.EventPublisher;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestKafka;
import org.jinguo.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Proofs (a), (b), (e) and (f) of the messaging module, against a real broker and PostgreSQL. */
@ServiceIntegrationTest
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OutboxAndInboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ChangeRecorder recorder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadLetterRedrive redrive;
    @Autowired
    InboxPurge inboxPurge;

    @Test
    void aChangeAndItsEventCommitOrRollBackTogether() {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();

        assertThatThrownBy(() -> recorder.recordThenFail(rolledBack, 1)).isInstanceOf(IllegalStateException.class);
        recorder.record(committed, 1, false);

        await().atMost(PATIENCE).until(() -> appliedSequences(committed).equals(List.of(1)));
        assertThat(count("select count(*) from recorded_change where aggregate = ?", rolledBack)).isZero();
        List<ConsumerRecord<String, String>> published = TopicReader.readUntil(ChangeRecorded.TOPIC,
                records -> records.stream().anyMatch(r -> r.key().equals(committed)), PATIENCE);
        assertThat(published).extracting(ConsumerRecord::key).contains(committed).doesNotContain(rolledBack);
        assertThat(appliedSequences(rolledBack)).isEmpty();
    }

    @Test
    void writesSucceedWhileTheBrokerIsDownAndEveryEventArrivesInOrderOnceItIsBack() {
        String prefix = "outage-" + UUID.randomUUID() + "-";
        TestKafka.broker().stop();
        try {
            for (int sequence = 1; sequence <= 20; sequence++) {
                for (int aggregate = 0; aggregate < 10; aggregate++) {
                    recorder.record(prefix + aggregate, sequence, false);
                }
            }
            assertThat(count("select count(*) from recorded_change where aggregate like ?", prefix + "%")).isEqualTo(200);
            assertThat(count("select count(*) from outbox_event where message_key like ?", prefix + "%")).isEqualTo(200);
        } finally {
            TestKafka.broker().start();
        }

        await().atMost(PATIENCE).until(() -> count("select count(*) from applied_change where aggregate like ?", prefix + "%") == 200);
        for (int aggregate = 0; aggregate < 10; aggregate++) {
            assertThat(appliedSequences(prefix + aggregate)).isEqualTo(PublishedChanges.oneTo(20));
        }
        assertThat(count("select count(*) from outbox_event where message_key like ?", prefix + "%")).isZero();
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String aggregate = "twice-" + UUID.randomUUID();
        String event = cloudEvent(UUID.randomUUID(), ChangeRecorded.TYPE, aggregate);

        EventPublisher.publish(ChangeRecorded.TOPIC, aggregate, event);
        EventPublisher.publish(ChangeRecorded.TOPIC, aggregate, event);
        String marker = "after-twice-" + UUID.randomUUID();
        recorder.record(marker, 1, false);

        await().atMost(PATIENCE).until(() -> appliedSequences(marker).equals(List.of(1)));
        assertThat(appliedSequences(aggregate)).containsExactly(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicTheOthersFlowAndARedriveAppliesItOnce() {
        String aggregate = "poison-" + UUID.randomUUID();
        recorder.record(aggregate, 1, true);
        recorder.record(aggregate, 2, false);
        recorder.record(aggregate, 3, false);

        await().atMost(PATIENCE).until(() -> appliedSequences(aggregate).equals(List.of(2, 3)));
        List<ConsumerRecord<String, String>> deadLetters = TopicReader.readUntil(ChangeRecorded.TOPIC + DeadLetterRedrive.SUFFIX,
                records -> records.stream().anyMatch(r -> r.key().equals(aggregate)), PATIENCE);
        ConsumerRecord<String, String> deadLetter = deadLetters.stream().filter(r -> r.key().equals(aggregate)).findFirst().orElseThrow();
        assertThat(new String(deadLetter.headers().lastHeader("kafka_dlt-exception-message").value()))
                .contains("poisoned change " + aggregate + "#1");
        assertThat(redrive.pending()).containsKey(ChangeRecorded.TOPIC + DeadLetterRedrive.SUFFIX);

        jdbc.sql("update poison_cure set cured = true").update();
        try {
            assertThat(redrive.redrive(ChangeRecorded.TOPIC + DeadLetterRedrive.SUFFIX)).isPositive();
            await().atMost(PATIENCE).until(() -> appliedSequences(aggregate).size() == 3);
            assertThat(redrive.pending()).containsEntry(ChangeRecorded.TOPIC + DeadLetterRedrive.SUFFIX, 0L);

            String marker = "after-redrive-" + UUID.randomUUID();
            recorder.record(marker, 1, false);
            await().atMost(PATIENCE).until(() -> appliedSequences(marker).equals(List.of(1)));
            assertThat(appliedSequences(aggregate)).containsExactly(2, 3, 1);
        } finally {
            jdbc.sql("update poison_cure set cured = false").update();
        }
    }

    @Test
    void anInboxListenerAppliesEachEventOfItsTypeOnceAndRecordsOthersAsReceived() {
        String aggregate = "counted-" + UUID.randomUUID();
        UUID change = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();

        EventPublisher.publish(ChangeRecorded.TOPIC, aggregate, cloudEvent(change, ChangeRecorded.TYPE, aggregate));
        EventPublisher.publish(ChangeRecorded.TOPIC, aggregate, cloudEvent(change, ChangeRecorded.TYPE, aggregate));
        EventPublisher.publish(ChangeRecorded.TOPIC, aggregate, cloudEvent(unknown, "org.jinguo.test.change.forgotten.v1", aggregate));

        await().atMost(PATIENCE).until(() -> count("select count(*) from inbox_event where consumer = 'change-counter' and event_id = ?",
                unknown) == 1);
        assertThat(count("select count(*) from counted_change where aggregate = ?", aggregate)).isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where consumer = 'change-counter' and event_id = ?", change)).isEqualTo(1);
    }

    @Test
    void theInboxForgetsEventsAppliedLongerAgoThanItsRetention() {
        String aggregate = "old-" + UUID.randomUUID();
        recorder.record(aggregate, 1, false);
        await().atMost(PATIENCE).until(() -> appliedSequences(aggregate).equals(List.of(1)));
        UUID eventId = jdbc.sql("select event_id from applied_change where aggregate = ?").param(aggregate).query(UUID.class).single();
        jdbc.sql("update inbox_event set processed_at = now() - interval '31 days' where event_id = ?").param(eventId).update();

        assertThat(inboxPurge.purge()).isPositive();
        assertThat(jdbc.sql("select count(*) from inbox_event where event_id = ?").param(eventId).query(Long.class).single()).isZero();
    }

    private static String cloudEvent(UUID id, String type, String aggregate) {
        return """
                {"specversion":"1.0","id":"%s","source":"another-service","type":"%s","subject":"%s",
                 "time":"2025-03-05T10:00:00+08:00","datacontenttype":"application/json",
                 "data":{"aggregate":"%s","sequence":1,"poison":false}}
                """.formatted(id, type, aggregate, aggregate);
    }

    private List<Integer> appliedSequences(String aggregate) {
        return jdbc.sql("select sequence from applied_change where aggregate = ? order by position")
                .param(aggregate).query(Integer.class).list();
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
