package org.jinguo.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay and of event consumption ({@code jinguo.messaging.*}).
 *
 * @param source the CloudEvents {@code source} of published events; defaults to the application name
 */
@ConfigurationProperties("jinguo.messaging")
public record MessagingProperties(String source, @DefaultValue Relay relay, @DefaultValue Consumer consumer,
                                  @DefaultValue Inbox inbox) {

    /**
     * @param enabled      whether this instance relays the outbox (any number of instances may)
     * @param pollInterval how often the relay looks for events it was not woken up for
     * @param batchSize    events sent per lane before the sent ones are deleted
     * @param sendTimeout  how long to wait for the broker to acknowledge a batch
     * @param retryBackoff pause after a failed attempt (e.g. broker down), so a dead broker is not hammered
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("30s") Duration sendTimeout,
            @DefaultValue("1s") Duration retryBackoff) {
    }

    /**
     * @param retries         attempts after the first before a record goes to its dead-letter topic
     * @param initialBackoff  pause before the first retry; doubled for each next one
     * @param maxBackoff      the longest pause between retries
     */
    /**
     * @param retention how long an applied event's id is kept; a redelivery older than that (far
     *                  beyond any broker retry or re-drive) would be applied again
     */
    public record Inbox(@DefaultValue("30d") Duration retention) {
    }

    public record Consumer(
            @DefaultValue("3") int retries,
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("5s") Duration maxBackoff) {
    }
}
