package org.jinguo.protection.vault;

/**
 * Records a service stored before each record had a data key: encrypted directly under the master
 * key, or in clear. A service that has such records declares them as a bean; at start-up, before
 * it serves, they are moved in batches under data keys of their own
 * ({@link PersonalDataVault#newRecordKey}), an encrypted value opened with whichever key of the
 * ring encrypted it ({@link org.jinguo.protection.KeyRing#openerOfLegacy}), and their identifiers
 * hashed again under the database's own lookup key ({@link PersonalDataVault#lookupHash}): the
 * key they were hashed under was derived from a master key every service once shared.
 */
public interface RecordsBeforeDataKeys {

    /** What the records are, for the log (e.g. {@code people}). */
    String name();

    /**
     * Moves up to {@code limit} records, in the caller's transaction.
     *
     * @return how many were moved
     */
    int convert(int limit);
}
