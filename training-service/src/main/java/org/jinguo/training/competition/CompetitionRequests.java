package org.jinguo.training.competition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the competitions API accepts. */
final class CompetitionRequests {

    private CompetitionRequests() {
    }

    /**
     * @param id       optional: an offline-capable client may choose the id
     * @param townCode optional: a competition without a town is city-wide
     * @param criteria what is scored; the weights add up to 100
     * @param judges   the judges' identity accounts (their token subject) and names
     * @param awards   optional: awards by rank, e.g. 一等奖 for rank 1 to 1
     */
    record CompetitionBody(
            UUID id,
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) @PlainText String place,
            @TownCode String townCode,
            @Size(max = 10) List<@NotBlank @Size(max = 100) @PlainText String> coOrganizers,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionBody> criteria,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull JudgeBody> judges,
            @Size(max = 20) List<@Valid @NotNull AwardBody> awards) {

        CompetitionPlan toPlan() {
            if (criteria.stream().mapToInt(CriterionBody::weight).sum() != 100) {
                throw ApiException.invalid("criteria", "WEIGHTS_NOT_100");
            }
            if (new HashSet<>(criteria.stream().map(CriterionBody::code).toList()).size() != criteria.size()) {
                throw ApiException.invalid("criteria", "DUPLICATE_CRITERION");
            }
            if (new HashSet<>(judges.stream().map(JudgeBody::subject).toList()).size() != judges.size()) {
                throw ApiException.invalid("judges", "DUPLICATE_JUDGE");
            }
            List<AwardBody> ranked = awards == null ? List.of() : awards;
            if (ranked.stream().anyMatch(award -> award.toRank() < award.fromRank())) {
                throw ApiException.invalid("awards", "AWARD_RANKS_REVERSED");
            }
            return new CompetitionPlan(name, heldOn, place, townCode, coOrganizers == null ? List.of() : coOrganizers,
                    criteria.stream().map(each -> new Criterion(each.code(), each.name(), each.weight())).toList(),
                    judges.stream().map(each -> new Judge(each.subject(), each.name())).toList(),
                    ranked.stream().map(each -> new Award(each.name(), each.fromRank(), each.toRank())).toList());
        }
    }

    record CriterionBody(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{org.jinguo.web.validation.Code.message}") String code,
                         @NotBlank @Size(max = 100) @PlainText String name, @NotNull @Min(1) @Max(100) Integer weight) {
    }

    record JudgeBody(@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "{org.jinguo.web.validation.Subject.message}") String subject,
                     @NotBlank @Size(max = 100) @PlainText String name) {
    }

    record AwardBody(@NotBlank @Size(max = 100) @PlainText String name, @NotNull @Min(1) @Max(10000) Integer fromRank,
                     @NotNull @Min(1) @Max(10000) Integer toRank) {
    }

    record ContestantBody(@NotNull UUID personId) {
    }

    /** @param score 0 to 100, at most two decimals */
    record ScoreBody(@NotNull UUID contestantId,
                     @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{org.jinguo.web.validation.Code.message}") String criterion,
                     @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score) {
    }
}
