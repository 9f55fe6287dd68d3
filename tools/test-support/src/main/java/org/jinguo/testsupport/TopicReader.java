package org.jinguo.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a service published: every record of a topic from the start, as an independent
 * consumer would.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /** Reads records of the topic until {@code done} accepts what was read, or the timeout passes. */
    public static List<ConsumerRecord<String, String>> readUntil(
            String topic, Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        consume(topic, records::add, () -> done.test(records), timeout);
        return records;
    }

    /** The first record of the topic that matches, read from the start; fails after {@code timeout}. */
    public static ConsumerRecord<String, String> first(String topic, Predicate<ConsumerRecord<String, String>> matching,
                                                       Duration timeout) {
        return readUntil(topic, records -> records.stream().anyMatch(matching), timeout).stream().filter(matching).findFirst()
                .orElseThrow(() -> new AssertionError("no matching record on " + topic + " within " + timeout));
    }

    /**
     * Hands every record of the topic to {@code sink} until {@code done} says enough, or the
     * timeout passes; for large topics, where the sink keeps its own tally.
     */
    public static void consume(String topic, Consumer<ConsumerRecord<String, String>> sink, BooleanSupplier done, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (!done.getAsBoolean() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(sink);
            }
        }
    }

    /** Reads records of the topic until {@code count} have arrived, or the timeout passes. */
    public static List<ConsumerRecord<String, String>> read(String topic, int count, Duration timeout) {
        return readUntil(topic, records -> records.size() >= count, timeout);
    }
}
