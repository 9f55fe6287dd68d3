/**
 * What every Jinguo OpenAPI document shares, whichever web stack serves it: the frame (a relative
 * server, the bearer token and the login at identity-service) and one {@code Problem} schema with
 * a response per status, so that the services' and the gateway's documents merge into one
 * contract.
 * <p>Depends on the OpenAPI model (through springdoc's common module, so in the version springdoc
 * uses) and Spring's {@code HttpStatus}; never on a service or on either web stack.
 */
package org.jinguo.apidocs;
