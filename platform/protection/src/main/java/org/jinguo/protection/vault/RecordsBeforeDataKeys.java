package org.jinguo.protection.vault;

import java.util.Optional;

/**
 * Records a service stored before each record had a data key: encrypted directly under the master
 * key, or in clear. A service that has such records declares them as a bean; at start-up, before
 * it serves, they are moved in batches under data keys of their own
 * ({@link PersonalDataVault#newRecordKey}), an encrypted value opened with whichever key of the
 * ring encrypted it ({@link org.jinguo.protection.KeyRing#openerOfLegacy}).
 */
public interface RecordsBeforeDataKeys {

    /** What the records are, for the log (e.g. {@code people}). */
    String name();

    /** @return one value still encrypted directly under a master key, or empty when none is left (or none ever was) */
    Optional<byte[]> anyEncryptedValue();

    /** Whether their lookup hashes were made under the key derived from the master key ({@link org.jinguo.protection.MasterKeyCipher#legacyLookupKey}). */
    default boolean hashedUnderMasterKey() {
        return false;
    }

    /**
     * Moves up to {@code limit} records, in the caller's transaction.
     *
     * @return how many were moved
     */
    int convert(int limit);
}
