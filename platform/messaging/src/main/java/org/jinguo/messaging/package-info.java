/**
 * Events over Kafka without loss or repeats: the transactional outbox, the idempotent inbox and
 * dead letters, knowing nothing of any domain.
 * <p>May depend on {@code platform/event-contracts} and Spring Kafka; never on a service.
 */
package org.jinguo.messaging;
