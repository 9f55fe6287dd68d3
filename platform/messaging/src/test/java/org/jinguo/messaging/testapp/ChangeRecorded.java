package org.jinguo.messaging.testapp;

/** Data of the test event type: the n-th change of an aggregate; a poison change fails until cured. */
public record ChangeRecorded(String aggregate, int sequence, boolean poison) {

    public static final String TOPIC = "test.changes";
    public static final String TYPE = "org.jinguo.test.change.recorded.v1";
}
