package org.jinguo.care.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jinguo.care.child.ChildCategory;
import org.jinguo.care.child.Needs;
import org.jinguo.care.mother.Skill;

/**
 * The hard filters and the weighted score of docs/architecture.md §7, for one child and one mother on a day.
 *
 * <p>Hard filters: the mother has room left, her safeguarding check is recent enough, and she
 * lives close enough: in the child's town or one org-service lists as neighbouring it, and within
 * {@code maxDistanceKm} where both coordinates are known. (Only ACTIVE mothers are given to the
 * rules at all.)
 *
 * <p>Score, 0 to 1000: needs against skills up to 400 (the share of the child's need points her
 * skills cover: DAILY_CARE for daily-life care, TUTORING for education, PSYCHOLOGICAL_SUPPORT for
 * social integration, and SPECIAL_NEEDS_CARE weighing 3 for a disabled or autistic child; a child
 * with no needs recorded scores the full 400); proximity up to 300 (falling linearly with
 * distance, or 300 same village, 200 same town, 100 neighbouring town); age fit up to 200 (200
 * inside her preferred ages, 50 less per year outside, 150 when she states none); room up to 100
 * (the free share of her capacity before this match).
 *
 * @param neighbours town code → the towns bordering it
 */
record MatchingRules(double maxDistanceKm, int safeguardingValidMonths, Map<String, Set<String>> neighbours) {

    private static final int NEEDS = 400;
    private static final int PROXIMITY = 300;
    private static final int AGE_FIT = 200;
    private static final int ROOM = 100;
    private static final int SPECIAL_NEEDS_WEIGHT = 3;

    /** @return the score's parts, or empty when a hard filter rules the pair out */
    Optional<ScoreParts> score(ChildFacts child, MotherFacts mother, LocalDate on) {
        if (mother.room() == 0 || !safeguardingValid(mother.safeguardingCheckedOn(), on)) {
            return Optional.empty();
        }
        int proximity = proximity(child.place(), mother.place());
        if (proximity < 0) {
            return Optional.empty();
        }
        return Optional.of(new ScoreParts(needs(child, mother.skills()), proximity,
                ageFit(on.getYear() - child.birthYear(), mother.preferredAgeMin(), mother.preferredAgeMax()),
                ROOM * mother.room() / mother.capacity()));
    }

    boolean safeguardingValid(LocalDate checkedOn, LocalDate on) {
        return checkedOn != null && !checkedOn.isAfter(on) && checkedOn.plusMonths(safeguardingValidMonths).isAfter(on);
    }

    /** @return the proximity points, or -1 when too far */
    int proximity(Place child, Place mother) {
        boolean sameTown = child.townCode().equals(mother.townCode());
        if (!sameTown && !neighbours.getOrDefault(child.townCode(), Set.of()).contains(mother.townCode())) {
            return -1;
        }
        if (child.hasCoordinates() && mother.hasCoordinates()) {
            double km = child.kilometresTo(mother);
            return km > maxDistanceKm ? -1 : (int) Math.round(PROXIMITY * (1 - km / maxDistanceKm));
        }
        if (child.villageId() != null && child.villageId().equals(mother.villageId())) {
            return PROXIMITY;
        }
        return sameTown ? 200 : 100;
    }

    static int needs(ChildFacts child, Set<Skill> skills) {
        Needs needs = child.needs();
        int total = 0;
        int covered = 0;
        if (needs != null) {
            total += needs.dailyCare().points() + needs.education().points() + needs.social().points();
            covered += (skills.contains(Skill.DAILY_CARE) ? needs.dailyCare().points() : 0)
                    + (skills.contains(Skill.TUTORING) ? needs.education().points() : 0)
                    + (skills.contains(Skill.PSYCHOLOGICAL_SUPPORT) ? needs.social().points() : 0);
        }
        if (child.category() == ChildCategory.DISABLED_OR_AUTISTIC) {
            total += SPECIAL_NEEDS_WEIGHT;
            covered += skills.contains(Skill.SPECIAL_NEEDS_CARE) ? SPECIAL_NEEDS_WEIGHT : 0;
        }
        return total == 0 ? NEEDS : NEEDS * covered / total;
    }

    static int ageFit(int age, Integer preferredMin, Integer preferredMax) {
        if (preferredMin == null && preferredMax == null) {
            return 150;
        }
        int below = preferredMin == null ? 0 : Math.max(0, preferredMin - age);
        int above = preferredMax == null ? 0 : Math.max(0, age - preferredMax);
        return Math.max(0, AGE_FIT - 50 * (below + above));
    }
}
