/**
 * care-service: caring mothers, children in difficulty, their matches, visits, households and help.
 * <p>May depend on the platform modules and {@code care-assignment}; never on another service.
 */
package org.jinguo.care;
