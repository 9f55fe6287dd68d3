package org.jinguo.launcher;

/** A reason the platform cannot start, worded for the person who ran the launcher. */
class LaunchException extends RuntimeException {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
