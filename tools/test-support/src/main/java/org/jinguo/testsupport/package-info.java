/**
 * What the services' tests share: the real infrastructure they start, test tokens, HTTP and event
 * helpers, and the architecture rules.
 * <p>Test scope only; may depend on the platform and {@code local-infra}, never on a service.
 */
package org.jinguo.testsupport;
