/**
 * A service's local copies of the platform's reference data (regions, federation organisations,
 * workshops):
 * their tables and migrations, the listeners that keep them from org-service's events, and the
 * queries that answer what they know.
 * <p>May depend on {@code platform/messaging} and {@code platform/event-contracts}; never on a service.
 */
package org.jinguo.reference;
