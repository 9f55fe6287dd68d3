package org.jinguo.training.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    @Test
    void readsAsTheYearAndThatYearsSequence() {
        assertThat(CertificateNumber.of(2024, 123).value()).isEqualTo("YK-TRN-2024-000123");
        assertThat(CertificateNumber.of(2024, 1_234_567).value()).isEqualTo("YK-TRN-2024-1234567");
    }

    @Test
    void onlyWellFormedNumbersAreLookedUp() {
        assertThat(CertificateNumber.isWellFormed("YK-TRN-2024-000123")).isTrue();
        assertThat(CertificateNumber.isWellFormed("YK-TRN-2024-123")).isFalse();
        assertThat(CertificateNumber.isWellFormed("'; drop table completion; --")).isFalse();
        assertThat(CertificateNumber.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new CertificateNumber("YK-CARE-2024-000123")).isInstanceOf(IllegalArgumentException.class);
    }
}
