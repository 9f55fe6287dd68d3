package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** care-service's part: caring mothers, the wellbeing insurance, donations, households and family activities. */
public record CareData(List<Mother> mothers, List<InsuranceProgramme> programmes, List<Insurance> insurances, List<Donation> donations,
                       List<Household> households, List<FamilyActivity> activities) {

    /** @param withdrawnOn the day her withdrawal takes effect, or null */
    public record Mother(UUID id, String name, String phone, List<String> skills, String townCode, LocalDate registeredOn,
                         LocalDate withdrawnOn) {
    }

    public record InsuranceProgramme(int year, String name, long premiumFen, long incomeLimitFen, int minAge, int maxAge) {
    }

    /** A woman's enrolment for one programme year; {@code cancelledOn} ends her cover early. */
    public record Insurance(UUID id, int year, String name, String idNumber, String phone, long monthlyIncomePerCapitaFen,
                            String townCode, LocalDate appliedOn, LocalDate enrolledOn, LocalDate cancelledOn) {

        /** The last day covered: the cancellation day, or the end of the programme year. */
        public LocalDate coverEndsOn() {
            return cancelledOn != null ? cancelledOn : LocalDate.of(year, 12, 31);
        }
    }

    /** @param goods goods at their agreed valuation, else money; {@code townCode} null for the city's own */
    public record Donation(UUID id, boolean goods, String donorName, String donorKind, String description, long valueFen,
                           LocalDate receivedOn, String townCode) {
    }

    public record Household(UUID id, String townCode, String headName, boolean newResident, boolean inHardship, LocalDate registeredOn) {
    }

    /** @param townCode null for a city-wide activity */
    public record FamilyActivity(UUID id, String kind, String title, LocalDate heldOn, String townCode, String place,
                                 List<UUID> householdIds) {
    }
}
