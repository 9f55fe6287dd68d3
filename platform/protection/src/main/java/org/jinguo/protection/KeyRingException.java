package org.jinguo.protection;

/**
 * A key ring the service cannot work with: a master key missing or malformed, or stored keys
 * under a master key the ring does not hold. At start-up it stops the service with one clear
 * message ({@link KeyRingFailureAnalyzer}) instead of a stack trace.
 */
public class KeyRingException extends IllegalStateException {

    public KeyRingException(String message) {
        super(message);
    }
}
