package org.jinguo.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/** Spring's log calls, as the gateway's classpath configures Apache Commons Logging. */
class CommonsLoggingTest {

    @Test
    void aMessageBelowTheLevelIsNeverFormatted() {
        Log log = LogFactory.getLog(CommonsLoggingTest.class);
        assertThat(LoggerFactory.getLogger(CommonsLoggingTest.class).isTraceEnabled()).isFalse();
        AtomicInteger formatted = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "a message nobody reads";
            }
        };

        log.trace(message);
        // Spring's own messages, a CharSequence, which the adapters treat apart.
        log.trace(LogMessage.of(() -> message.toString()));

        assertThat(formatted).hasValue(0);
    }
}
