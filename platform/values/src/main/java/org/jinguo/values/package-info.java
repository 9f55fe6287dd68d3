/**
 * Small value types the services share (resident ID number, mobile phone, personal name), each
 * checked and masked in one place.
 * <p>Plain Java and Bean Validation only: no Spring, no other module.
 */
package org.jinguo.values;
