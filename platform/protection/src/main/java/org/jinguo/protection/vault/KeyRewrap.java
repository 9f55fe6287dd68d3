package org.jinguo.protection.vault;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.jinguo.protection.KeyRing;
import org.jinguo.protection.vault.DataKeyRepository.WrappedKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves, in the background while the service serves, every data key (and the lookup key) still
 * wrapped under a retired master key to the active one, in batches, each in its own transaction;
 * no record is re-encrypted. It runs once the service is ready and again at every interval, so
 * keys wrapped by an instance still on the former configuration during a rolling deployment are
 * moved too. Two instances never re-wrap the same key: each batch is locked, skipping rows another
 * instance holds. Progress is the gauge {@code jinguo.protection.keys.pending} (keys not yet under
 * the active master key); the retired key can be removed from configuration once it is 0 on every
 * instance.
 */
class KeyRewrap implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeyRewrap.class);
    private static final int BATCH = 500;

    private final DataKeyRepository keys;
    private final KeyRing ring;
    private final TransactionTemplate transaction;
    private final Duration interval;
    private final AtomicLong pending = new AtomicLong(-1);
    private final Counter rewrapped;
    private final Counter failures;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "key-rewrap");
        thread.setDaemon(true);
        return thread;
    });

    KeyRewrap(DataKeyRepository keys, KeyRing ring, TransactionTemplate transaction, Duration interval, MeterRegistry meters) {
        this.keys = keys;
        this.ring = ring;
        this.transaction = transaction;
        this.interval = interval;
        Gauge.builder("jinguo.protection.keys.pending", pending, AtomicLong::get)
                .description("Data keys and lookup key not yet wrapped under the active master key (-1 before the first pass)")
                .register(meters);
        this.rewrapped = Counter.builder("jinguo.protection.keys.rewrapped")
                .description("Data keys moved to the active master key").register(meters);
        this.failures = Counter.builder("jinguo.protection.keys.rewrap.failures")
                .description("Re-wrap passes that failed; the next pass tries again").register(meters);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        worker.scheduleWithFixedDelay(this::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private void pass() {
        try {
            long moved = rewrapAll();
            pending.set(keys.wrappedNotUnder(ring.active().keyId()));
            if (moved > 0) {
                log.info("Re-wrapped {} keys under master key {}", moved, ring.active().keyId());
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.error("Re-wrapping keys under master key {} failed; the next pass tries again", ring.active().keyId(), e);
        }
    }

    long rewrapAll() {
        String active = ring.active().keyId();
        long total = Boolean.TRUE.equals(transaction.execute(status -> keys.lockLookupKeyNotUnder(active).map(lookup -> {
            keys.rewrapLookupKey(ring.active().wrap(ring.unwrap(lookup.masterKeyId(), lookup.wrapped())), active);
            return true;
        }).orElse(false))) ? 1 : 0;
        while (!Thread.currentThread().isInterrupted()) {
            Integer batch = transaction.execute(status -> {
                List<WrappedKey> stale = keys.lockNotUnder(active, BATCH);
                for (WrappedKey key : stale) {
                    keys.rewrap(key.ownerId(), ring.active().wrap(ring.unwrap(key.masterKeyId(), key.wrapped())), active);
                }
                return stale.size();
            });
            total += batch;
            rewrapped.increment(batch);
            if (batch < BATCH) {
                break;
            }
        }
        return total;
    }
}
