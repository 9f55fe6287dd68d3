package org.jinguo.care.protection;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.protection.DataKeyRepository.WrappedKey;
import org.jinguo.protection.AesGcm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-wraps, at start-up, every data key (and the lookup key) still wrapped under a retired master
 * key, in batches, each in its own transaction; no record is re-encrypted. Rotating is therefore:
 * set the new key as JINGUO_MASTER_KEY with the old one in JINGUO_RETIRED_MASTER_KEYS, restart,
 * check {@code GET /api/v1/protection/keys} shows every key under the new id, then remove the old
 * key and restart again. It also makes the lookup key on a new database, committed before any
 * request can hash with it. A service whose configured keys cannot open the stored data keys does
 * not start: better refused at deployment than failing on every read.
 */
@Component
@RequiredArgsConstructor
class KeyRotationService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationService.class);
    private static final int BATCH = 500;

    private final DataKeyRepository keys;
    private final MasterKeys masterKeys;
    private final TransactionTemplate transaction;

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> unknown = new ArrayList<>(keys.liveKeysByMasterKey().keySet());
        keys.lookupKey().ifPresent(lookup -> unknown.add(lookup.masterKeyId()));
        unknown.removeIf(masterKeys::knows);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Stored data keys are wrapped under master key(s) " + unknown.stream().distinct().toList()
                    + ", which are not configured: set JINGUO_MASTER_KEY to the key in use, or list it in JINGUO_RETIRED_MASTER_KEYS");
        }
        transaction.executeWithoutResult(status -> {
            if (keys.lookupKey().isEmpty()) {
                keys.insertLookupKey(masterKeys.current().wrap(AesGcm.newKey()), masterKeys.current().keyId());
            }
        });
        long rewrapped = rewrapAll();
        if (rewrapped > 0) {
            log.info("Re-wrapped {} keys under master key {}", rewrapped, masterKeys.current().keyId());
        }
    }

    long rewrapAll() {
        String current = masterKeys.current().keyId();
        long total = Boolean.TRUE.equals(transaction.execute(status -> keys.lockLookupKeyNotUnder(current).map(lookup -> {
            keys.rewrapLookupKey(masterKeys.current().wrap(masterKeys.unwrap(lookup.masterKeyId(), lookup.wrapped())), current);
            return true;
        }).orElse(false))) ? 1 : 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                List<WrappedKey> stale = keys.lockNotUnder(current, BATCH);
                for (WrappedKey key : stale) {
                    keys.rewrap(key.ownerId(), masterKeys.current().wrap(masterKeys.unwrap(key.masterKeyId(), key.wrapped())), current);
                }
                return stale.size();
            });
            total += batch;
            if (batch < BATCH) {
                return total;
            }
        }
    }
}
