package org.jinguo.care.protection;

import java.util.Optional;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.care.protection.DataKeyRepository.WrappedKey;
import org.jinguo.protection.AesGcm;
import org.jinguo.protection.LookupHash;
import org.jinguo.web.problem.ApiException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where protected records keep their personal data (docs/architecture.md §5): sealed as one JSON value
 * under the record's own data key, which is wrapped by the master key. Lookups by ID number or
 * phone go through keyed hashes. Erasing a record destroys its data key: its sealed values stay
 * in the tables as unreadable bytes, and everything else about the record (its statistics) stays.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonalDataVaultService {

    private final DataKeyRepository keys;
    private final MasterKeys masterKeys;
    private final JsonMapper json;
    private volatile SecretKeySpec lookupKey;

    /**
     * Seals a new record's personal data under a data key made for it. Data keys of every kind of
     * record share one space of ids, so an id that already has a key (another record's, even an
     * erased one's) is refused rather than shared.
     *
     * @param content what the value is (e.g. {@code child}), bound into the ciphertext
     * @throws ApiException 409 {@code RECORD_ID_TAKEN} when the id has a key already
     */
    public byte[] sealNew(UUID owner, String content, Object value) {
        byte[] fresh = AesGcm.newKey();
        if (!keys.insert(owner, masterKeys.current().wrap(fresh), masterKeys.current().keyId())) {
            throw ApiException.conflict("RECORD_ID_TAKEN", owner);
        }
        return new DataKey(owner, fresh).seal(content, json.writeValueAsBytes(value));
    }

    /**
     * Seals more personal data of an existing record under its data key.
     *
     * @param content what the value is (e.g. {@code visit-notes}), bound into the ciphertext
     * @throws ApiException 409 {@code RECORD_ERASED} when the record was erased: it takes no new personal data
     */
    public byte[] seal(UUID owner, String content, Object value) {
        return dataKey(owner).orElseThrow(() -> ApiException.conflict("RECORD_ERASED", owner)).seal(content, json.writeValueAsBytes(value));
    }

    /** @return the record's personal data, or empty once the record was erased */
    public <T> Optional<T> open(UUID owner, String content, byte[] sealed, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        return dataKey(owner).map(key -> json.readValue(key.open(content, sealed), type));
    }

    /** Whether the record's personal data can still be read. */
    public boolean readable(UUID owner) {
        return keys.find(owner).map(key -> !key.destroyed()).orElse(false);
    }

    /** Destroys the record's data key: its personal data is unreadable from now on, by anyone. */
    public void erase(UUID owner) {
        keys.destroy(owner);
    }

    /** A keyed hash of an identifier (a phone, an ID number) for finding records by it ({@link LookupHash}). */
    public String lookupHash(String value) {
        return LookupHash.of(lookupKey(), value);
    }

    private Optional<DataKey> dataKey(UUID owner) {
        return keys.find(owner).filter(key -> !key.destroyed())
                .map(key -> new DataKey(owner, masterKeys.unwrap(key.masterKeyId(), key.wrapped())));
    }

    /** Made once per database, at start-up and committed before any request (see {@link KeyRotationService}); read once per instance. */
    private SecretKeySpec lookupKey() {
        SecretKeySpec key = lookupKey;
        if (key == null) {
            WrappedKey stored = keys.lookupKey().orElseThrow(() -> new IllegalStateException("No lookup key: the start-up did not make it"));
            key = new SecretKeySpec(masterKeys.unwrap(stored.masterKeyId(), stored.wrapped()), "HmacSHA256");
            lookupKey = key;
        }
        return key;
    }
}
