package org.jinguo.training.person;

/** The filters of the people list; any may be null. {@code accountSubject} limits a RESIDENT to her own record. */
record PersonFilter(String townCode, String name, String accountSubject) {
}
