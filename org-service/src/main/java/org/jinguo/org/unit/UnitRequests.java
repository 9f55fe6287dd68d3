package org.jinguo.org.unit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.org.organization.Industry;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.web.validation.PlainText;

/** The bodies the units API accepts. */
final class UnitRequests {

    private static final int MAX_HEADCOUNT = 1_000_000;

    private UnitRequests() {
    }

    /**
     * @param id           optional: an offline-capable client may choose the id
     * @param creditCode   the unified social credit code; lower-case is accepted
     * @param registeredOn when the unit entered the register; today if absent
     */
    record NewUnitBody(
            UUID id,
            @NotBlank @Size(max = 200) @PlainText String nameZh,
            @NotNull @Size(min = 18, max = 18) String creditCode,
            @NotNull UnitDomain domain,
            @NotNull Industry industry,
            @NotNull @TownCode String townCode,
            UUID villageId,
            @NotNull @Min(0) @Max(MAX_HEADCOUNT) Integer headcount,
            @NotNull @Min(0) @Max(MAX_HEADCOUNT) Integer womenHeadcount,
            LocalDate registeredOn) {

        UnitRegistration toRegistration() {
            return new UnitRegistration(id, nameZh, creditCode, domain, industry, townCode, villageId,
                    checkedHeadcount(headcount, womenHeadcount), registeredOn == null ? BusinessDates.today() : registeredOn);
        }
    }

    record UnitBody(
            @NotBlank @Size(max = 200) @PlainText String nameZh,
            @NotNull UnitDomain domain,
            @NotNull Industry industry,
            UUID villageId,
            @NotNull @Min(0) @Max(MAX_HEADCOUNT) Integer headcount,
            @NotNull @Min(0) @Max(MAX_HEADCOUNT) Integer womenHeadcount) {

        Headcount toHeadcount() {
            return checkedHeadcount(headcount, womenHeadcount);
        }
    }

    private static Headcount checkedHeadcount(int total, int women) {
        if (women > total) {
            throw ApiException.invalid("womenHeadcount", "MORE_WOMEN_THAN_PEOPLE", total);
        }
        return new Headcount(total, women);
    }
}
