package org.jinguo.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FilterTest {

    private enum Kind { WORKSHOP }

    @Test
    void anEmptyFilterKeepsEveryRow() {
        assertThat(Filter.where().equal("town_code", null).contains(null, "name_zh").when(null, "opened_on <= ?").sql()).isEmpty();
    }

    @Test
    void eachGivenValueAddsItsConditionAsAParameter() {
        Filter filter = Filter.where()
                .equal("town_code", "330102001")
                .equal("kind", Kind.WORKSHOP)
                .onOrAfter("held_on", LocalDate.of(2024, 1, 1))
                .onOrBefore("held_on", null)
                .contains("古山", "name_zh", "name_en")
                .when(LocalDate.of(2024, 6, 1), "opened_on <= ? and (closed_on is null or closed_on > ?)");

        assertThat(filter.sql()).isEqualTo("where town_code = :filter0 and kind = :filter1 and held_on >= :filter2"
                + " and (name_zh ilike :filter3 or name_en ilike :filter3)"
                + " and (opened_on <= :filter4 and (closed_on is null or closed_on > :filter4))");
    }
}
