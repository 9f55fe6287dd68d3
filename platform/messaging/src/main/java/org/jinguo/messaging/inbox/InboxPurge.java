package org.jinguo.messaging.inbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deletes the ids of events applied longer ago than the retention, every hour, so the inbox stays small. */
@RequiredArgsConstructor
public class InboxPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxPurge.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private ScheduledExecutorService scheduler;

    /** @return the number of ids deleted */
    public int purge() {
        return jdbc.sql("delete from inbox_event where processed_at < now() - cast(:retention as interval)")
                .param("retention", retention.toMillis() + " milliseconds")
                .update();
    }

    private void purgeQuietly() {
        try {
            int purged = purge();
            if (purged > 0) {
                log.info("Purged {} inbox entries older than {}", purged, retention);
            }
        } catch (RuntimeException e) {
            log.warn("Purging the inbox failed; retried in an hour: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-purge");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, 5, 60, TimeUnit.MINUTES);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
