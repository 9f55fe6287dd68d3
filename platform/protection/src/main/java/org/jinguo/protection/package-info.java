/**
 * Personal data at rest: the master key, the data keys it wraps, and the lookup hashes that find a
 * record by an encrypted value.
 * <p>Plain Java cryptography, with Spring only to configure the master key; no other module.
 */
package org.jinguo.protection;
