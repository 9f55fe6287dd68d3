package org.jinguo.dataset;

/** A record the platform would not take, or a platform that could not be reached. */
public final class LoadException extends RuntimeException {

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
