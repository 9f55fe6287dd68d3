package org.jinguo.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends the records of a dead-letter topic back to the topic they came from, once the cause of
 * their failure is fixed. Progress is kept as the offsets of a consumer group of its own, so each
 * dead letter is re-driven once; the consumers' inbox makes a repeated re-drive harmless anyway.
 */
public class DeadLetterRedrive {

    public static final String SUFFIX = ".DLT";

    private final Map<String, Object> consumerConfig;
    private final Map<String, Object> adminConfig;
    private final KafkaTemplate<String, String> kafka;
    private final String groupId;

    public DeadLetterRedrive(Map<String, Object> consumerConfig, Map<String, Object> adminConfig,
                             KafkaTemplate<String, String> kafka, String applicationName) {
        this.consumerConfig = consumerConfig;
        this.adminConfig = adminConfig;
        this.kafka = kafka;
        this.groupId = applicationName + "-dead-letter-redrive";
    }

    /** Dead-letter topics with the number of records not yet re-driven. */
    public Map<String, Long> pending() {
        Map<String, Long> pending = new HashMap<>();
        try (Admin admin = Admin.create(adminConfig); KafkaConsumer<String, String> consumer = consumer()) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            for (String topic : topics) {
                if (topic.endsWith(SUFFIX)) {
                    List<TopicPartition> partitions = partitions(consumer, topic);
                    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                    Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
                    long count = partitions.stream()
                            .mapToLong(p -> ends.get(p) - (committed.get(p) == null ? beginning(consumer, p) : committed.get(p).offset()))
                            .sum();
                    pending.put(topic, count);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read dead-letter topics: " + e.getMessage(), e);
        }
        return pending;
    }

    /**
     * Re-publishes every record of the dead-letter topic not re-driven before to its original
     * topic, with its original key.
     *
     * @return the number of records re-driven
     */
    public int redrive(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("Not a dead-letter topic: " + deadLetterTopic);
        }
        int count = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    kafka.send(redriven(record)).get(30, TimeUnit.SECONDS);
                    count++;
                }
                consumer.commitSync();
            }
            consumer.commitSync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Re-drive of " + deadLetterTopic + " stopped after " + count + " records: " + e.getMessage(), e);
        }
        return count;
    }

    /** The original record again: its topic, key, value and headers, without the dead-letter ones. */
    private static ProducerRecord<String, String> redriven(ConsumerRecord<String, String> record) {
        ProducerRecord<String, String> redriven = new ProducerRecord<>(originalTopic(record), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                redriven.headers().add(header);
            }
        }
        return redriven;
    }

    private static String originalTopic(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (header != null) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        return record.topic().substring(0, record.topic().length() - SUFFIX.length());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static long beginning(KafkaConsumer<String, String> consumer, TopicPartition partition) {
        return consumer.beginningOffsets(List.of(partition)).get(partition);
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
