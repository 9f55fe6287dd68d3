package org.jinguo.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** One master key of a service's key ring: it wraps data keys (AES-256-GCM), and nothing else. */
public final class MasterKeyCipher {

    private static final byte[] NO_CONTEXT = new byte[0];
    private static final byte[] WRAPPING_CONTEXT = "jinguo data key".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;

    private MasterKeyCipher(SecretKey key) {
        this.key = key;
    }

    /** @param base64Key 32 random bytes in Base64 or URL-safe Base64 (the launcher generates one) */
    public static MasterKeyCipher fromBase64(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new KeyRingException("No master key: set JINGUO_MASTER_KEY to 32 random bytes in Base64");
        }
        String key = base64Key.trim();
        boolean urlSafe = key.indexOf('-') >= 0 || key.indexOf('_') >= 0;
        byte[] bytes;
        try {
            bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(key);
        } catch (IllegalArgumentException notBase64) {
            // The message names no part of the key.
            throw new KeyRingException("A master key is not Base64: each must be 32 random bytes in Base64");
        }
        if (bytes.length != 32) {
            throw new KeyRingException("The master key must be 32 bytes (Base64 of 32 random bytes), not " + bytes.length);
        }
        return new MasterKeyCipher(new SecretKeySpec(bytes, "AES"));
    }

    /**
     * Opens a value encrypted directly under this master key, as services stored personal data and
     * signing keys before each record had a data key; only the conversion to data keys reads them.
     *
     * @throws IllegalStateException when the value was not encrypted under this key or was altered
     */
    public String openLegacy(byte[] encrypted) {
        return new String(AesGcm.open(key, encrypted, NO_CONTEXT), StandardCharsets.UTF_8);
    }

    /**
     * Wraps a data key (envelope encryption): the data key encrypts records, this master key only
     * data keys, so changing the master key re-wraps keys without re-encrypting any record.
     */
    public byte[] wrap(byte[] dataKey) {
        return AesGcm.seal(key, dataKey, WRAPPING_CONTEXT);
    }

    /** @throws IllegalStateException when the key was wrapped under another master key */
    public byte[] unwrap(byte[] wrapped) {
        return AesGcm.open(key, wrapped, WRAPPING_CONTEXT);
    }

    /**
     * An id for this master key, stored beside what it wrapped, so that after a rotation the
     * right key is chosen; derived one-way from the key, so it reveals nothing of it.
     *
     * @return 16 hex characters
     */
    public String keyId() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("jinguo master key id v1".getBytes(StandardCharsets.US_ASCII)), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }
}
