package org.jinguo.messaging.inbox;

/** A record that no retry can make readable; it goes to the dead-letter topic at once. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
