package org.jinguo.protection.vault;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jinguo.protection.AesGcm;
import org.jinguo.protection.KeyRing;
import org.jinguo.protection.KeyRingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before a service serves (once its beans exist, before its web server and listeners start): refuses to start when a stored data key is wrapped under a master key
 * its ring does not hold (better refused at deployment than failing on every read), makes the
 * lookup key on a new database, and converts what was stored before data keys
 * ({@link RecordsBeforeDataKeys}).
 */
@RequiredArgsConstructor
class KeyRingCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KeyRingCheck.class);
    private static final int BATCH = 500;

    private final DataKeyRepository keys;
    private final KeyRing ring;
    private final TransactionTemplate transaction;
    private final ObjectProvider<RecordsBeforeDataKeys> legacy;

    @Override
    public void afterSingletonsInstantiated() {
        List<String> unknown = new ArrayList<>(keys.liveKeysByMasterKey().keySet());
        keys.lookupKey().ifPresent(lookup -> unknown.add(lookup.masterKeyId()));
        unknown.removeIf(ring::knows);
        if (!unknown.isEmpty()) {
            throw new KeyRingException("Stored data keys are wrapped under master key(s) " + unknown.stream().distinct().toList()
                    + ", which this service's key ring does not hold: set JINGUO_MASTER_KEY to the key in use, or list it in JINGUO_RETIRED_MASTER_KEYS");
        }
        transaction.executeWithoutResult(status -> {
            if (keys.lookupKey().isEmpty()) {
                keys.insertLookupKey(ring.active().wrap(AesGcm.newKey()), ring.active().keyId());
            }
        });
        legacy.orderedStream().forEach(this::convert);
    }

    private void convert(RecordsBeforeDataKeys records) {
        long total = 0;
        while (true) {
            Integer batch = transaction.execute(status -> records.convert(BATCH));
            total += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.info("Moved {} {} stored before data keys under data keys of their own", total, records.name());
        }
    }
}
