/**
 * org-service: regions, federation organisations, units and their coverage, cadres.
 * <p>May depend on the platform modules; never on another service.
 */
package org.jinguo.org;
