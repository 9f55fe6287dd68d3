package org.jinguo.care.child;

import java.util.UUID;

/** What a case says about the child in clear: category, birth year (for age fit), who looks after her, school and place. */
public record ChildProfile(ChildCategory category, int birthYear, GuardianRelation guardianRelation, String school, String townCode,
                           UUID villageId) {
}
