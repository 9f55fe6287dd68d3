package org.jinguo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.testsupport.EventPublisher;
import org.jinguo.testsupport.EventSchemas;

/**
 * Publishes workshop and employment events exactly as commerce-service will, each checked
 * against its schema first, so training's consumer is tested on the contract itself.
 */
public final class CommerceEventsAsPublished {

    private CommerceEventsAsPublished() {
    }

    public static void workshopOpened(UUID workshop, String town, String openedOn) {
        publish(CommerceEvents.WORKSHOPS_TOPIC, CommerceEvents.WORKSHOP_CHANGED, workshop, """
                {"id":"%s","nameZh":"肉麦饼共富工坊","kind":"WORKSHOP","hostOrganizationId":null,"townCode":"%s","villageId":null,
                 "status":"OPEN","openedOn":"%s","closedOn":null,"revision":1}""".formatted(workshop, town, openedOn));
    }

    /** @param person null for a worker training does not know; @param outcome null unless created from a training outcome */
    public static UUID employmentStarted(UUID employment, UUID workshop, UUID person, UUID outcome, String town, String startedOn,
                                         long monthlyPayFen) {
        UUID eventId = UUID.randomUUID();
        publish(CommerceEvents.EMPLOYMENTS_TOPIC, CommerceEvents.EMPLOYMENT_STARTED, employment, eventId, """
                {"id":"%s","workshopId":"%s","personId":%s,"outcomeId":%s,"townCode":"%s","startedOn":"%s","monthlyPayFen":%d}"""
                .formatted(employment, workshop, quoted(person), quoted(outcome), town, startedOn, monthlyPayFen));
        return eventId;
    }

    /** The same event delivered again, as Kafka may. */
    public static void redeliverEmploymentStarted(UUID eventId, UUID employment, UUID workshop, UUID person, String town,
                                                  String startedOn, long monthlyPayFen) {
        publish(CommerceEvents.EMPLOYMENTS_TOPIC, CommerceEvents.EMPLOYMENT_STARTED, employment, eventId, """
                {"id":"%s","workshopId":"%s","personId":%s,"outcomeId":null,"townCode":"%s","startedOn":"%s","monthlyPayFen":%d}"""
                .formatted(employment, workshop, quoted(person), town, startedOn, monthlyPayFen));
    }

    public static void employmentEnded(UUID employment, UUID workshop, UUID person, String endedOn) {
        publish(CommerceEvents.EMPLOYMENTS_TOPIC, CommerceEvents.EMPLOYMENT_ENDED, employment, """
                {"id":"%s","workshopId":"%s","personId":%s,"endedOn":"%s"}""".formatted(employment, workshop, quoted(person), endedOn));
    }

    private static void publish(String topic, String type, UUID subject, String data) {
        publish(topic, type, subject, UUID.randomUUID(), data);
    }

    private static void publish(String topic, String type, UUID subject, UUID eventId, String data) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"commerce-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":%s}""".formatted(eventId, type, subject, Instant.now(), data);
        assertThat(EventSchemas.violations(type, event)).as("as commerce-service publishes it").isEmpty();
        EventPublisher.publish(topic, subject.toString(), event);
    }

    private static String quoted(UUID value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
