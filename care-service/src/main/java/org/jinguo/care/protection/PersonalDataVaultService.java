package org.jinguo.care.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jinguo.care.protection.DataKeyRepository.WrappedKey;
import org.jinguo.service.crypto.AesGcm;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where protected records keep their personal data (ARCHITECTURE §5): sealed as one JSON value
 * under the record's own data key, which is wrapped by the master key. Lookups by ID number or
 * phone go through keyed hashes. Erasing a record destroys its data key: its sealed values stay
 * in the tables as unreadable bytes, and everything else about the record (its statistics) stays.
 */
@Component
public class PersonalDataVaultService {

    private final DataKeyRepository keys;
    private final MasterKeys masterKeys;
    private final JsonMapper json;
    private volatile SecretKeySpec lookupKey;

    PersonalDataVaultService(DataKeyRepository keys, MasterKeys masterKeys, JsonMapper json) {
        this.keys = keys;
        this.masterKeys = masterKeys;
        this.json = json;
    }

    /**
     * Seals a record's personal data under its data key, made on first use.
     *
     * @param content what the value is (e.g. {@code child}), bound into the ciphertext
     * @throws IllegalStateException when the record's key was destroyed (an erased record takes no new personal data)
     */
    public byte[] seal(UUID owner, String content, Object value) {
        return dataKey(owner, true).orElseThrow(() -> new IllegalStateException("Record " + owner + " was erased"))
                .seal(content, json.writeValueAsBytes(value));
    }

    /** @return the record's personal data, or empty once the record was erased */
    public <T> Optional<T> open(UUID owner, String content, byte[] sealed, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        return dataKey(owner, false).map(key -> json.readValue(key.open(content, sealed), type));
    }

    /** Whether the record's personal data can still be read. */
    public boolean readable(UUID owner) {
        return keys.find(owner).map(key -> !key.destroyed()).orElse(false);
    }

    /** Destroys the record's data key: its personal data is unreadable from now on, by anyone. */
    public void erase(UUID owner) {
        keys.destroy(owner);
    }

    /**
     * A keyed hash of an identifier (a phone, an ID number) for finding records by it: equal values
     * give equal hashes; without the key no hash can be reversed by trying every number.
     *
     * @return 64 hex characters
     */
    public String lookupHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey());
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }

    private Optional<DataKey> dataKey(UUID owner, boolean createIfAbsent) {
        Optional<WrappedKey> stored = keys.find(owner);
        if (stored.isEmpty() && createIfAbsent) {
            byte[] fresh = AesGcm.newKey();
            if (keys.insert(owner, masterKeys.current().wrap(fresh), masterKeys.current().keyId())) {
                return Optional.of(new DataKey(owner, fresh));
            }
            stored = keys.find(owner);
        }
        return stored.filter(key -> !key.destroyed()).map(key -> new DataKey(owner, masterKeys.unwrap(key.masterKeyId(), key.wrapped())));
    }

    private SecretKeySpec lookupKey() {
        SecretKeySpec key = lookupKey;
        if (key == null) {
            if (keys.lookupKey().isEmpty()) {
                keys.insertLookupKey(masterKeys.current().wrap(AesGcm.newKey()), masterKeys.current().keyId());
            }
            WrappedKey stored = keys.lookupKey().orElseThrow();
            key = new SecretKeySpec(masterKeys.unwrap(stored.masterKeyId(), stored.wrapped()), "HmacSHA256");
            lookupKey = key;
        }
        return key;
    }
}
