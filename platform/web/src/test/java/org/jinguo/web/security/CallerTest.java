package org.jinguo.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void cityRolesAndPartnersActInEveryTown() {
        assertThat(new Caller("admin", List.of("CITY_ADMIN"), null, List.of()).actsIn("GUSHAN")).isTrue();
        assertThat(new Caller("academy", List.of("ACADEMY_STAFF"), null, List.of()).actsIn(null)).isTrue();
        assertThat(new Caller("agency", List.of(), null, List.of("org.read")).actsIn("QIANCANG")).isTrue();
    }

    @Test
    void townStaffActInTheirOwnTownOnly() {
        Caller gushan = new Caller("staff", List.of("TOWN_STAFF"), "GUSHAN", List.of());

        assertThat(gushan.actsIn("GUSHAN")).isTrue();
        assertThat(gushan.actsIn("QIANCANG")).isFalse();
        assertThat(gushan.actsIn(null)).as("a city-wide record").isFalse();
    }

    @Test
    void townStaffWhoseTokenNamesNoTownActNowhere() {
        Caller townless = new Caller("staff", List.of("TOWN_STAFF"), null, List.of());

        assertThat(townless.isCityWide()).isFalse();
        assertThat(townless.actsIn("GUSHAN")).isFalse();
        assertThat(townless.actsIn(null)).isFalse();
    }
}
