package org.jinguo.commerce.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FenTest {

    @Test
    void aRecordedAmountIsAtLeastOneFenAndAtMostAMillionYuan() {
        assertThat(Fen.isRecordable(1)).isTrue();
        assertThat(Fen.isRecordable(100_000_000)).isTrue();
        assertThat(Fen.isRecordable(0)).isFalse();
        assertThat(Fen.isRecordable(-1)).isFalse();
        assertThat(Fen.isRecordable(100_000_001)).isFalse();
    }

    @Test
    void sumsAreExactAndFailRatherThanOverflow() {
        assertThat(new Fen(10).plus(new Fen(20))).isEqualTo(new Fen(30));
        assertThat(new Fen(Long.MAX_VALUE - 1).plus(new Fen(1)).value()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> new Fen(Long.MAX_VALUE).plus(new Fen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Fen(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
