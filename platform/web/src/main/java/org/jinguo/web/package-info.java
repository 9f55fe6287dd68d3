/**
 * What every servlet service does the same way over HTTP: problem+json errors, paging, CSV, enum
 * labels, Idempotency-Key, ETag and If-Match, request ids, logs and the token check.
 * <p>May depend on Spring, the libraries its pom names and {@code platform/values}; never on a
 * service or another platform module.
 */
package org.jinguo.web;
