/**
 * The gateway: the one entry point, with routes, the token check, rate limits, resilience and the
 * impact report.
 * <p>A reactive application: depends on no servlet platform module and on no service's code.
 */
package org.jinguo.gateway;
