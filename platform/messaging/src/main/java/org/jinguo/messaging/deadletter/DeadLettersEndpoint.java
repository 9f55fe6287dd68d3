package org.jinguo.messaging.deadletter;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/deadletters}: dead-letter topics and how many records wait in each;
 * {@code POST /actuator/deadletters/{topic}}: re-drive a dead-letter topic once its cause is fixed.
 */
@Endpoint(id = "deadletters")
@RequiredArgsConstructor
public class DeadLettersEndpoint {

    private final DeadLetterRedrive redrive;

    @ReadOperation
    public Map<String, Long> pending() {
        return redrive.pending();
    }

    @WriteOperation
    public Map<String, Object> redrive(@Selector String topic) {
        return Map.of("topic", topic, "redriven", redrive.redrive(topic));
    }
}
