package org.jinguo.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.messaging.testapp.ChangeRecorded;
import org.jinguo.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a topic holds of the test changes: distinct events and their order per aggregate. */
@RequiredArgsConstructor
final class PublishedChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<String> eventIds = new HashSet<>();
    private final Map<String, List<Integer>> firstDeliveryOrder = new LinkedHashMap<>();

    private final String aggregatePrefix;

    /** Reads the test topic from the start until {@code expected} distinct events of the prefix were seen. */
    static PublishedChanges read(String aggregatePrefix, int expected, Duration timeout) {
        PublishedChanges published = new PublishedChanges(aggregatePrefix);
        TopicReader.consume(ChangeRecorded.TOPIC, published::add, () -> published.distinctEvents() >= expected, timeout);
        return published;
    }

    private void add(ConsumerRecord<String, String> record) {
        if (!record.key().startsWith(aggregatePrefix)) {
            return;
        }
        JsonNode event = JSON.readTree(record.value());
        if (eventIds.add(event.get("id").asString())) {
            ChangeRecorded change = JSON.treeToValue(event.get("data"), ChangeRecorded.class);
            firstDeliveryOrder.computeIfAbsent(change.aggregate(), key -> new ArrayList<>()).add(change.sequence());
        }
    }

    int distinctEvents() {
        return eventIds.size();
    }

    /** Sequence numbers per aggregate, in the order each event was first seen. */
    Map<String, List<Integer>> firstDeliveryOrder() {
        return firstDeliveryOrder;
    }

    static List<Integer> oneTo(int n) {
        List<Integer> sequence = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            sequence.add(i);
        }
        return sequence;
    }
}
