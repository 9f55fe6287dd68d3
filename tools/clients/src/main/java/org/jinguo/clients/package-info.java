/**
 * What clients of the platform are built from: the merged OpenAPI document of every service.
 * <p>Plain Java and Jackson; it reads the committed documents in {@code docs/api/openapi/} and
 * depends on no service.
 */
package org.jinguo.clients;
