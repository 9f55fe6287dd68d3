package org.jinguo.care.protection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jinguo.protection.MasterKeyCipher;

/**
 * The master key that wraps data keys now, and the retired ones still accepted for unwrapping
 * while a rotation is under way. Once every key has been re-wrapped under the current one
 * (see {@link KeyRotationService}), the retired keys can be removed from configuration.
 */
final class MasterKeys {

    private final MasterKeyCipher current;
    private final Map<String, MasterKeyCipher> byId = new LinkedHashMap<>();

    MasterKeys(MasterKeyCipher current, List<MasterKeyCipher> retired) {
        this.current = current;
        byId.put(current.keyId(), current);
        retired.forEach(key -> byId.putIfAbsent(key.keyId(), key));
    }

    MasterKeyCipher current() {
        return current;
    }

    boolean knows(String masterKeyId) {
        return byId.containsKey(masterKeyId);
    }

    /** @throws IllegalStateException naming the missing key when it is no longer configured */
    byte[] unwrap(String masterKeyId, byte[] wrapped) {
        MasterKeyCipher key = byId.get(masterKeyId);
        if (key == null) {
            throw new IllegalStateException("A data key is wrapped under master key " + masterKeyId
                    + ", which is not configured: add it to JINGUO_RETIRED_MASTER_KEYS until the rotation has re-wrapped every key");
        }
        return key.unwrap(wrapped);
    }
}
