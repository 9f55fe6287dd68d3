package org.jinguo.testsupport;

import java.security.SecureRandom;
import java.util.Base64;

/** A master key made at random for this test JVM, so no key is written in the repository. */
public final class TestMasterKey {

    private static final String KEY = generate();

    private TestMasterKey() {
    }

    /** 32 random bytes in Base64, the same for every service context of this JVM. */
    public static String get() {
        return KEY;
    }

    private static String generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
