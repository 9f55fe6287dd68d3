/**
 * The optimal assignment of children to caring mothers, as a library care-service calls.
 * <p>Plain Java: no Spring, no other module.
 */
package org.jinguo.care.assignment;
