package org.jinguo.care.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jinguo.care.child.Child;
import org.jinguo.care.child.ChildService;
import org.jinguo.care.matching.SurroundingsRepository.Coordinates;
import org.jinguo.care.mother.CaringMother;
import org.jinguo.care.mother.MotherProfile;
import org.jinguo.care.mother.MotherService;
import org.jinguo.care.mother.Skill;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads the children waiting, the active mothers with their loads, and the places around them, as matching sees them. */
@Component
class MatchingFactsService {

    private final ChildService children;
    private final MotherService mothers;
    private final MatchRepository matches;
    private final SurroundingsRepository surroundings;
    private final double maxDistanceKm;
    private final int safeguardingValidMonths;

    MatchingFactsService(ChildService children, MotherService mothers, MatchRepository matches, SurroundingsRepository surroundings,
                  @Value("${jinguo.care.matching.max-distance-km:15}") double maxDistanceKm,
                  @Value("${jinguo.care.matching.safeguarding-valid-months:24}") int safeguardingValidMonths) {
        this.children = children;
        this.mothers = mothers;
        this.matches = matches;
        this.surroundings = surroundings;
        this.maxDistanceKm = maxDistanceKm;
        this.safeguardingValidMonths = safeguardingValidMonths;
    }

    /** A consistent picture for one decision: the rules, the children and mothers in scope, and the pairs staff rejected. */
    record Picture(MatchingRules rules, List<ChildFacts> children, List<MotherFacts> mothers, Set<RejectedPair> rejected) {
    }

    /** @param townCode the town to plan for, or null for the whole city */
    Picture picture(String townCode, LocalDate on) {
        MatchingRules rules = new MatchingRules(maxDistanceKm, safeguardingValidMonths, surroundings.neighbours());
        Map<UUID, Coordinates> villages = surroundings.villageCoordinates();
        List<ChildFacts> waiting = children.awaitingMatch(townCode, on).stream().map(child -> facts(child, villages)).toList();
        return new Picture(rules, waiting, mothersAround(townCode, rules, villages), matches.rejectedPairs());
    }

    Picture pictureFor(Child child) {
        MatchingRules rules = new MatchingRules(maxDistanceKm, safeguardingValidMonths, surroundings.neighbours());
        Map<UUID, Coordinates> villages = surroundings.villageCoordinates();
        return new Picture(rules, List.of(facts(child, villages)), mothersAround(child.profile().townCode(), rules, villages),
                matches.rejectedPairs());
    }

    int safeguardingValidMonths() {
        return safeguardingValidMonths;
    }

    private List<MotherFacts> mothersAround(String townCode, MatchingRules rules, Map<UUID, Coordinates> villages) {
        List<String> towns = null;
        if (townCode != null) {
            towns = new ArrayList<>(rules.neighbours().getOrDefault(townCode, Set.of()));
            towns.add(townCode);
        }
        Map<UUID, Integer> loads = matches.loads();
        return mothers.active(towns).stream().map(mother -> facts(mother, loads.getOrDefault(mother.id(), 0), villages)).toList();
    }

    private static ChildFacts facts(Child child, Map<UUID, Coordinates> villages) {
        Coordinates village = child.profile().villageId() == null ? null : villages.get(child.profile().villageId());
        return new ChildFacts(child.id(), new Place(child.profile().townCode(), child.profile().villageId(),
                village == null ? null : village.latitude(), village == null ? null : village.longitude()),
                child.profile().birthYear(), child.needs(), child.profile().category());
    }

    private static MotherFacts facts(CaringMother mother, int load, Map<UUID, Coordinates> villages) {
        MotherProfile profile = mother.profile();
        Double latitude = profile.latitude() == null ? null : profile.latitude().doubleValue();
        Double longitude = profile.longitude() == null ? null : profile.longitude().doubleValue();
        if (latitude == null && profile.villageId() != null && villages.containsKey(profile.villageId())) {
            latitude = villages.get(profile.villageId()).latitude();
            longitude = villages.get(profile.villageId()).longitude();
        }
        Set<Skill> skills = profile.skills().isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(profile.skills());
        return new MotherFacts(mother.id(), new Place(profile.townCode(), profile.villageId(), latitude, longitude), skills, profile.capacity(),
                load, profile.preferredAgeMin(), profile.preferredAgeMax(), profile.safeguardingCheckedOn());
    }
}
