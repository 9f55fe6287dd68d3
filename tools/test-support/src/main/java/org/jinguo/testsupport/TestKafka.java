package org.jinguo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jinguo.localinfra.InProcessKafka;

/**
 * The Kafka broker of this test JVM: a real KRaft broker in process, shared by every test
 * context, which a test may stop and start again on the same port to simulate an outage.
 */
public final class TestKafka {

    private static volatile InProcessKafka broker;

    private TestKafka() {
    }

    public static InProcessKafka broker() {
        if (broker == null) {
            synchronized (TestKafka.class) {
                if (broker == null) {
                    broker = InProcessKafka.create(tempDir(), 0).start();
                    Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
                }
            }
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("jinguo-test-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
