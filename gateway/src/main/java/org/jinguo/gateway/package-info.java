/**
 * The gateway: the one entry point, with routes, the token check, rate limits, resilience and the
 * impact report.
 * <p>A reactive application: of the platform it uses only {@code platform/values}, and no service's code.
 */
package org.jinguo.gateway;
