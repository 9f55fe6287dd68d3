/**
 * The year's data set (and random ones) loaded through the gateway's API, and the impact report it
 * must produce.
 * <p>Talks to the platform over HTTP only: no service's or platform module's code.
 */
package org.jinguo.dataset;
