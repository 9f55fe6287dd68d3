/**
 * Personal data at rest: a service's key ring of master keys, the AES-GCM they and data keys seal
 * with, and the keyed hashes that find a record by an encrypted value. The vault that keeps data
 * keys per record is {@link org.jinguo.protection.vault}.
 */
package org.jinguo.protection;
