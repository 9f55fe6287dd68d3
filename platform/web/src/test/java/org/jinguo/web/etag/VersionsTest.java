package org.jinguo.web.etag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jinguo.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class VersionsTest {

    @Test
    void readsTheVersionBackFromItsETag() {
        assertThat(Versions.expectedVersion(Versions.etag(42))).isEqualTo(42);
        assertThat(Versions.expectedVersion("W/\"7\"")).isEqualTo(7);
    }

    @Test
    void aMissingIfMatchIsPreconditionRequired() {
        assertThatThrownBy(() -> Versions.expectedVersion(null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
    }

    @Test
    void anIfMatchNamingNoVersionIsPreconditionFailed() {
        for (String ifMatch : new String[] {"*", "\"abc\"", "12", "\"\""}) {
            assertThatThrownBy(() -> Versions.expectedVersion(ifMatch))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
        }
    }
}
