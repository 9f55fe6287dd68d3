package org.jinguo.web.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnumLabelCatalogTest {

    enum Season { SPRING, AUTUMN }

    enum Unlabelled { ONE }

    @Test
    void readsBothLabelsOfEveryCodeInDeclarationOrder() {
        assertThat(EnumLabelCatalog.of(Season.class).labels().get("Season")).containsExactly(
                new EnumLabelCatalog.Label("SPRING", "春", "Spring"),
                new EnumLabelCatalog.Label("AUTUMN", "秋", "Autumn"));
    }

    @Test
    void aMissingLabelFailsAtStartUpNamingIt() {
        assertThatThrownBy(() -> EnumLabelCatalog.of(Unlabelled.class))
                .hasMessageContaining("Unlabelled.ONE");
    }
}
