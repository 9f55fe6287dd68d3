package org.jinguo.care.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jinguo.care.child.ChildCategory;
import org.jinguo.care.child.NeedLevel;
import org.jinguo.care.child.Needs;
import org.jinguo.care.mother.Skill;
import org.junit.jupiter.api.Test;

class MatchingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final UUID VILLAGE = UUID.randomUUID();
    private final MatchingRules rules = new MatchingRules(15, 24, Map.of("GUSHAN", Set.of("FANGYAN"), "FANGYAN", Set.of("GUSHAN")));

    @Test
    void scoresNeedsProximityAgeAndRoomAndNamesEachPart() {
        ChildFacts child = child(new Place("GUSHAN", VILLAGE, null, null), 2015, needs(NeedLevel.HIGH, NeedLevel.LOW, NeedLevel.NONE),
                ChildCategory.LEFT_BEHIND);
        MotherFacts mother = mother(new Place("GUSHAN", VILLAGE, null, null), EnumSet.of(Skill.DAILY_CARE), 2, 1, 8, 12);

        ScoreParts score = rules.score(child, mother, TODAY).orElseThrow();

        assertThat(score).isEqualTo(new ScoreParts(400 * 3 / 4, 300, 200, 50));
        assertThat(score.total()).isEqualTo(850);
    }

    @Test
    void aDisabledOrAutisticChildWeighsSpecialNeedsCareAndAChildWithoutNeedsFitsAnySkills() {
        ChildFacts disabled = child(new Place("GUSHAN", null, null, null), 2015, needs(NeedLevel.NONE, NeedLevel.NONE, NeedLevel.MEDIUM),
                ChildCategory.DISABLED_OR_AUTISTIC);
        ChildFacts noNeeds = child(new Place("GUSHAN", null, null, null), 2015, null, ChildCategory.OTHER);

        assertThat(MatchingRules.needs(disabled, EnumSet.of(Skill.PSYCHOLOGICAL_SUPPORT))).isEqualTo(400 * 2 / 5);
        assertThat(MatchingRules.needs(disabled, EnumSet.of(Skill.PSYCHOLOGICAL_SUPPORT, Skill.SPECIAL_NEEDS_CARE))).isEqualTo(400);
        assertThat(MatchingRules.needs(noNeeds, EnumSet.of(Skill.LEGAL_AID))).isEqualTo(400);
    }

    @Test
    void ageFitLosesFiftyAYearOutsideHerPreferenceAndIsNeutralWithoutOne() {
        assertThat(MatchingRules.ageFit(10, 8, 12)).isEqualTo(200);
        assertThat(MatchingRules.ageFit(14, 8, 12)).isEqualTo(100);
        assertThat(MatchingRules.ageFit(3, 8, 12)).isEqualTo(0);
        assertThat(MatchingRules.ageFit(6, 8, null)).isEqualTo(100);
        assertThat(MatchingRules.ageFit(6, null, null)).isEqualTo(150);
    }

    @Test
    void proximityByCoordinatesWhenBothAreKnownElseVillageTownOrNeighbour() {
        Place child = new Place("GUSHAN", VILLAGE, 28.95, 120.17);

        assertThat(rules.proximity(child, new Place("GUSHAN", null, 28.95, 120.17))).isEqualTo(300);
        assertThat(rules.proximity(child, new Place("GUSHAN", null, 29.0175, 120.17))).as("7.5 km: half the points").isBetween(149, 151);
        assertThat(rules.proximity(child, new Place("GUSHAN", null, 29.20, 120.17))).as("28 km").isEqualTo(-1);
        Place childWithoutCoordinates = new Place("GUSHAN", VILLAGE, null, null);
        assertThat(rules.proximity(childWithoutCoordinates, new Place("GUSHAN", VILLAGE, 28.9, 120.1))).isEqualTo(300);
        assertThat(rules.proximity(childWithoutCoordinates, new Place("GUSHAN", UUID.randomUUID(), null, null))).isEqualTo(200);
        assertThat(rules.proximity(childWithoutCoordinates, new Place("FANGYAN", null, null, null))).isEqualTo(100);
        assertThat(rules.proximity(childWithoutCoordinates, new Place("QIANCANG", null, null, null))).isEqualTo(-1);
        assertThat(rules.proximity(child, new Place("QIANCANG", null, 28.95, 120.17)))
                .as("close by coordinates, but not in the child's town or a neighbouring one").isEqualTo(-1);
    }

    @Test
    void hardFiltersRuleOutAFullMotherAnOutdatedOrMissingSafeguardingCheckAndDistance() {
        ChildFacts child = child(new Place("GUSHAN", null, null, null), 2015, null, ChildCategory.OTHER);

        assertThat(rules.score(child, mother(new Place("GUSHAN", null, null, null), EnumSet.of(Skill.TUTORING), 1, 1, null, null), TODAY))
                .as("no room left").isEmpty();
        assertThat(rules.score(child, new MotherFacts(UUID.randomUUID(), new Place("GUSHAN", null, null, null), EnumSet.of(Skill.TUTORING),
                1, 0, null, null, TODAY.minusMonths(24)), TODAY)).as("check 24 months old").isEmpty();
        assertThat(rules.score(child, new MotherFacts(UUID.randomUUID(), new Place("GUSHAN", null, null, null), EnumSet.of(Skill.TUTORING),
                1, 0, null, null, null), TODAY)).as("never checked").isEmpty();
        assertThat(rules.score(child, mother(new Place("QIANCANG", null, null, null), EnumSet.of(Skill.TUTORING), 1, 0, null, null), TODAY))
                .as("too far").isEmpty();
        assertThat(rules.score(child, mother(new Place("FANGYAN", null, null, null), EnumSet.of(Skill.TUTORING), 1, 0, null, null), TODAY))
                .isPresent();
    }

    private static Needs needs(NeedLevel dailyCare, NeedLevel education, NeedLevel social) {
        return new Needs(dailyCare, education, social);
    }

    private static ChildFacts child(Place place, int birthYear, Needs needs, ChildCategory category) {
        return new ChildFacts(UUID.randomUUID(), place, birthYear, needs, category);
    }

    private static MotherFacts mother(Place place, Set<Skill> skills, int capacity, int load, Integer ageMin, Integer ageMax) {
        return new MotherFacts(UUID.randomUUID(), place, skills, capacity, load, ageMin, ageMax, TODAY.minusMonths(6));
    }
}
