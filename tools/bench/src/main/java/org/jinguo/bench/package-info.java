/**
 * The benchmarks, each measured as a ratio against a baseline run beside it (README.md here).
 * <p>May depend on anything in the reactor; nothing depends on it.
 */
package org.jinguo.bench;
