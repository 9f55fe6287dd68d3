/**
 * The vault of a service's protected records: a data key per record wrapped under the service's
 * key ring, the lookup key, the check at start-up and the background re-wrap after a rotation.
 */
package org.jinguo.protection.vault;
