package org.jinguo.care.child;

/**
 * Where a case stands: registered, needs assessed (ready for matching), matched (a confirmed
 * caring mother), active (visits under way), closed. A match that ends takes the case back to ASSESSED.
 */
public enum ChildStatus {
    REGISTERED, ASSESSED, MATCHED, ACTIVE, CLOSED
}
