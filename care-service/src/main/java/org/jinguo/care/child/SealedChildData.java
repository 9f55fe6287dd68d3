package org.jinguo.care.child;

/** A child's personal data as stored: sealed, with the keyed hashes she can be found by. */
record SealedChildData(byte[] personal, String idNumberHash, String phoneHash) {
}
