package org.jinguo.protection;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's own master keys: the active one, which wraps every new data key, and the retired
 * ones, still accepted for unwrapping while a rotation re-wraps what they wrapped. No two services
 * share a ring, so a key that leaks opens one service's data only.
 */
public final class KeyRing {

    private final MasterKeyCipher active;
    private final Map<String, MasterKeyCipher> byId = new LinkedHashMap<>();

    public KeyRing(MasterKeyCipher active, List<MasterKeyCipher> retired) {
        this.active = active;
        byId.put(active.keyId(), active);
        retired.forEach(key -> byId.putIfAbsent(key.keyId(), key));
    }

    /**
     * @param active  {@code JINGUO_MASTER_KEY}: 32 random bytes in Base64
     * @param retired {@code JINGUO_RETIRED_MASTER_KEYS}: former master keys, comma-separated, kept only while a rotation runs
     */
    public static KeyRing of(String active, String retired) {
        return new KeyRing(MasterKeyCipher.fromBase64(active), Arrays.stream(retired == null ? new String[0] : retired.split(","))
                .map(String::trim).filter(key -> !key.isEmpty()).map(MasterKeyCipher::fromBase64).toList());
    }

    public MasterKeyCipher active() {
        return active;
    }

    public boolean knows(String masterKeyId) {
        return byId.containsKey(masterKeyId);
    }

    /** The ids of the retired keys still configured, oldest configuration order first. */
    public Collection<String> retiredIds() {
        return byId.keySet().stream().filter(id -> !id.equals(active.keyId())).toList();
    }

    /** @throws KeyRingException naming the key when it is not configured */
    public byte[] unwrap(String masterKeyId, byte[] wrapped) {
        MasterKeyCipher key = byId.get(masterKeyId);
        if (key == null) {
            throw new KeyRingException("A data key is wrapped under master key " + masterKeyId
                    + ", which is not configured: list it in JINGUO_RETIRED_MASTER_KEYS until the rotation has re-wrapped every key");
        }
        return key.unwrap(wrapped);
    }

    /**
     * The configured key that opens a value encrypted directly under a master key, as values
     * were before data keys.
     *
     * @throws KeyRingException when none does
     */
    public MasterKeyCipher openerOfLegacy(byte[] encrypted) {
        for (MasterKeyCipher key : byId.values()) {
            try {
                key.openLegacy(encrypted);
                return key;
            } catch (IllegalStateException wrongKey) {
                // the next key may be the one
            }
        }
        throw new KeyRingException("Values stored before data keys open under none of the configured master keys "
                + byId.keySet() + ": list the master key they were encrypted under in JINGUO_RETIRED_MASTER_KEYS");
    }
}
