package org.jinguo.protection.vault;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jinguo.protection.AesGcm;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data key of one protected record, unwrapped. What it seals is bound to the record and to the
 * kind of content, so sealed data copied into another record or column does not open there.
 */
public final class RecordKey {

    private final UUID owner;
    private final SecretKey key;
    private final JsonMapper json;

    RecordKey(UUID owner, byte[] key, JsonMapper json) {
        this.owner = owner;
        this.key = new SecretKeySpec(key, "AES");
        this.json = json;
    }

    /**
     * @param content what the value is (e.g. {@code phone}), bound into the ciphertext
     * @return the value as JSON, sealed; {@code null} for a {@code null} value
     */
    public byte[] seal(String content, Object value) {
        return value == null ? null : AesGcm.seal(key, json.writeValueAsBytes(value), context(content));
    }

    /** @return the value sealed as {@code content}; {@code null} for {@code null} */
    public <T> T open(String content, byte[] sealed, Class<T> type) {
        return sealed == null ? null : json.readValue(AesGcm.open(key, sealed, context(content)), type);
    }

    private byte[] context(String content) {
        return (owner + ":" + content).getBytes(StandardCharsets.UTF_8);
    }
}
