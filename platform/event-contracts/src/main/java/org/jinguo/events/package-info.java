/**
 * The events the services publish: the CloudEvents envelope, one record and one JSON Schema per
 * event type and version.
 * <p>No Spring and no other module: any consumer can read them.
 */
package org.jinguo.events;
