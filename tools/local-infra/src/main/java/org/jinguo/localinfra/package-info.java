/**
 * Embedded PostgreSQL and an in-process Kafka broker, for the local run and the tests on a machine
 * with nothing but a JDK.
 * <p>May depend on the embedded servers' libraries only; never on a service or the platform.
 */
package org.jinguo.localinfra;
