package org.jinguo.messaging.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that records changes and applies them from Kafka, to prove the messaging module. */
@SpringBootApplication
public class MessagingTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(MessagingTestApplication.class, args);
    }
}
