package org.jinguo.messaging.testapp;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeRecorder {

    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    @Transactional
    public void record(String aggregate, int sequence, boolean poison) {
        jdbc.sql("insert into recorded_change (aggregate, sequence) values (?, ?)").params(aggregate, sequence).update();
        outbox.publish(ChangeRecorded.TOPIC, ChangeRecorded.TYPE, aggregate, new ChangeRecorded(aggregate, sequence, poison));
    }

    /** Records the given number of changes for each aggregate, in one transaction. */
    @Transactional
    public void recordMany(String aggregatePrefix, int aggregates, int changesEach) {
        for (int sequence = 1; sequence <= changesEach; sequence++) {
            for (int aggregate = 0; aggregate < aggregates; aggregate++) {
                record(aggregatePrefix + aggregate, sequence, false);
            }
        }
    }

    /** Records a change, publishes its event, then fails: neither may remain. */
    @Transactional
    public void recordThenFail(String aggregate, int sequence) {
        record(aggregate, sequence, false);
        throw new IllegalStateException("failure after the event was published");
    }
}
