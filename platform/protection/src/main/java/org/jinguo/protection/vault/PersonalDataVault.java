package org.jinguo.protection.vault;

import java.util.Optional;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.jinguo.protection.AesGcm;
import org.jinguo.protection.KeyRing;
import org.jinguo.protection.LookupHash;
import org.jinguo.web.problem.ApiException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a service's protected records keep their personal data (envelope encryption): each record
 * has a data key of its own, wrapped by the service's active master key ({@link KeyRing}), and
 * seals its values under it ({@link RecordKey}). Lookups by ID number or phone go through keyed
 * hashes under a lookup key kept apart from the master keys, so they survive a rotation. Erasing
 * a record destroys its data key: its sealed values stay in the tables as unreadable bytes, and
 * everything else about the record (its statistics) stays.
 */
public class PersonalDataVault {

    private final DataKeyRepository keys;
    private final KeyRing ring;
    private final JsonMapper json;
    private volatile SecretKeySpec lookupKey;

    PersonalDataVault(DataKeyRepository keys, KeyRing ring, JsonMapper json) {
        this.keys = keys;
        this.ring = ring;
        this.json = json;
    }

    /**
     * Makes a new record's data key. Data keys of every kind of record share one space of ids, so
     * an id that already has a key (another record's, even an erased one's) is refused rather
     * than shared.
     *
     * @throws ApiException 409 {@code RECORD_ID_TAKEN} when the id has a key already
     */
    public RecordKey newRecordKey(UUID owner) {
        byte[] fresh = AesGcm.newKey();
        if (!keys.insert(owner, ring.active().wrap(fresh), ring.active().keyId())) {
            throw ApiException.conflict("RECORD_ID_TAKEN", owner);
        }
        return new RecordKey(owner, fresh, json);
    }

    /** @return the record's data key, or empty when it has none or it was erased */
    public Optional<RecordKey> recordKey(UUID owner) {
        return keys.find(owner).filter(key -> !key.destroyed())
                .map(key -> new RecordKey(owner, ring.unwrap(key.masterKeyId(), key.wrapped()), json));
    }

    /**
     * The data key of a record that must have one.
     *
     * @throws ApiException 409 {@code RECORD_ERASED} when the record was erased: it takes no new personal data
     */
    public RecordKey existingRecordKey(UUID owner) {
        return recordKey(owner).orElseThrow(() -> ApiException.conflict("RECORD_ERASED", owner));
    }

    /** Seals a new record's personal data under a data key made for it ({@link #newRecordKey}). */
    public byte[] sealNew(UUID owner, String content, Object value) {
        return newRecordKey(owner).seal(content, value);
    }

    /** Seals more personal data of an existing record under its data key ({@link #existingRecordKey}). */
    public byte[] seal(UUID owner, String content, Object value) {
        return existingRecordKey(owner).seal(content, value);
    }

    /** @return the record's personal data, or empty once the record was erased */
    public <T> Optional<T> open(UUID owner, String content, byte[] sealed, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        return recordKey(owner).map(key -> key.open(content, sealed, type));
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

    /** Which master key wraps how many data keys, for ops following a rotation. */
    public KeyStatus keyStatus() {
        return new KeyStatus(ring.active().keyId(), keys.liveKeysByMasterKey(),
                keys.lookupKey().map(DataKeyRepository.WrappedKey::masterKeyId).orElse(null), keys.destroyedKeys());
    }

    /** Made once per database, at start-up and committed before any request ({@link KeyRingCheck}); read once per instance. */
    private SecretKeySpec lookupKey() {
        SecretKeySpec key = lookupKey;
        if (key == null) {
            DataKeyRepository.WrappedKey stored = keys.lookupKey()
                    .orElseThrow(() -> new IllegalStateException("No lookup key: the start-up did not make it"));
            key = new SecretKeySpec(ring.unwrap(stored.masterKeyId(), stored.wrapped()), "HmacSHA256");
            lookupKey = key;
        }
        return key;
    }
}
