/**
 * The append-only audit trail each service keeps in its own database, and the endpoint that reads it.
 * <p>May depend on {@code platform/web} (paging, the caller); never on a service.
 */
package org.jinguo.audit;
