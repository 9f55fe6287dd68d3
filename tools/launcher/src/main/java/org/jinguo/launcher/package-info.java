/**
 * The local run: PostgreSQL, Kafka and every service in JVMs of their own, from one command.
 * <p>May depend on {@code local-infra} and {@code dataset}; starts the services' jars (its pom
 * names them only so that they are built first), never links their code.
 */
package org.jinguo.launcher;
