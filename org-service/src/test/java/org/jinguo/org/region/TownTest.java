package org.jinguo.org.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.TreeSet;

import org.jinguo.web.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class TownTest {

    private final Town gushan = new Town("GUSHAN", TownKind.TOWN, "古山镇", "Gushan Town", null, new TreeSet<>(), 1);

    @Test
    void aRevisionIsOneNewVersion() {
        gushan.revise("古山镇", "Gushan", new Coordinates(new BigDecimal("28.95"), new BigDecimal("120.2")),
                new TreeSet<>(java.util.List.of("FANGYAN", "QIANCANG")));

        assertThat(gushan.version()).isEqualTo(2);
        assertThat(gushan.neighborCodes()).containsExactly("FANGYAN", "QIANCANG");
        assertThat(gushan.location().latitude()).isEqualByComparingTo("28.950000");
    }

    @Test
    void aTownIsNotItsOwnNeighbor() {
        assertThatThrownBy(() -> gushan.revise("古山镇", "Gushan", null, new TreeSet<>(java.util.List.of("GUSHAN"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("TOWN_OWN_NEIGHBOR"));
    }

    @Test
    void gainingAKnownNeighborChangesNothing() {
        gushan.addNeighbor("FANGYAN");
        gushan.addNeighbor("FANGYAN");
        gushan.removeNeighbor("LONGSHAN");

        assertThat(gushan.version()).isEqualTo(2);
    }

    @Test
    void coordinatesStayOnEarth() {
        assertThatThrownBy(() -> new Coordinates(new BigDecimal("91"), BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Coordinates.ofNullable(null, null)).isNull();
    }
}
