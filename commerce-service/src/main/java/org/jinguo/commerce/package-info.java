/**
 * commerce-service: women's workshops, their products, sales, markets and employment.
 * <p>May depend on the platform modules; never on another service.
 */
package org.jinguo.commerce;
