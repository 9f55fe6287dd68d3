package org.jinguo.training.mentor;

/** On a given day: not yet in force, active, ended (its end date passed) or terminated early. Labels: labels*.properties. */
public enum AgreementStatus {
    SIGNED,
    ACTIVE,
    ENDED,
    TERMINATED
}
