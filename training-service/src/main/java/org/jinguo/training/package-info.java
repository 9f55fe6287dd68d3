/**
 * training-service: the academy's people, courses, sessions, enrolments, certificates and outcomes.
 * <p>May depend on the platform modules; never on another service.
 */
package org.jinguo.training;
