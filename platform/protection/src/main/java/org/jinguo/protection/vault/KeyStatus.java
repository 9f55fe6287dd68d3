package org.jinguo.protection.vault;

import java.util.Map;

/**
 * The state of a service's keys. Key ids are one-way fingerprints of the master keys.
 *
 * @param currentMasterKeyId    the active master key, which wraps every new data key
 * @param dataKeysByMasterKey   live data keys by the master key that wraps them; after a rotation, only the current id
 * @param lookupKeyMasterKeyId  the master key that wraps the lookup key
 * @param erasedRecords         records whose data key was destroyed
 */
public record KeyStatus(String currentMasterKeyId, Map<String, Long> dataKeysByMasterKey, String lookupKeyMasterKeyId, long erasedRecords) {
}
