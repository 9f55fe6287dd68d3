/**
 * identity-service: users, clients and the tokens every other service checks.
 * <p>May depend on the platform modules; never on another service.
 */
package org.jinguo.identity;
