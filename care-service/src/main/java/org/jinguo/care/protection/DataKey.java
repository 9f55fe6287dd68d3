package org.jinguo.care.protection;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jinguo.protection.AesGcm;

/**
 * The key of one protected record. What it seals is bound to the record and to the kind of
 * content, so sealed data copied into another record or column does not open there.
 */
final class DataKey {

    private final UUID owner;
    private final SecretKey key;

    DataKey(UUID owner, byte[] key) {
        this.owner = owner;
        this.key = new SecretKeySpec(key, "AES");
    }

    byte[] seal(String content, byte[] plaintext) {
        return AesGcm.seal(key, plaintext, context(content));
    }

    byte[] open(String content, byte[] sealed) {
        return AesGcm.open(key, sealed, context(content));
    }

    private byte[] context(String content) {
        return (owner + ":" + content).getBytes(StandardCharsets.UTF_8);
    }
}
