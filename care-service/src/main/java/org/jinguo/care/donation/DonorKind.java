package org.jinguo.care.donation;

public enum DonorKind {
    PERSON, MERCHANT, ORGANIZATION, OTHER
}
