package org.jinguo.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.jinguo.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class UpdatedSinceArgumentResolverTest {

    private final UpdatedSinceArgumentResolver resolver = new UpdatedSinceArgumentResolver();

    @Test
    void readsAMomentWithItsOffsetOrNoneWhenNotGiven() {
        assertThat(resolve("2025-03-01T08:00:00+08:00").moment()).isEqualTo(OffsetDateTime.parse("2025-03-01T08:00:00+08:00"));
        assertThat(resolve("2025-03-01T00:00:00.123456Z").moment()).isEqualTo(OffsetDateTime.parse("2025-03-01T00:00:00.123456Z"));
        assertThat(resolve(null).moment()).isNull();
        assertThat(resolve(" ").moment()).isNull();
    }

    @Test
    void aValueThatIsNoMomentOrOneTheDatabaseCannotCompareIsA400NamingTheParameter() {
        assertInvalid("yesterday", "INVALID_MOMENT");
        assertInvalid("2025-03-01T08:00:00", "INVALID_MOMENT");
        assertInvalid("2025-03-01", "INVALID_MOMENT");
        assertInvalid("+300000-01-01T00:00:00Z", "MOMENT_OUT_OF_RANGE");
        assertInvalid("1899-12-31T23:59:59Z", "MOMENT_OUT_OF_RANGE");
    }

    private void assertInvalid(String value, String code) {
        assertThatThrownBy(() -> resolve(value)).as(value).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.fieldProblems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("updatedSince");
                assertThat(problem.code()).isEqualTo(code);
            });
        });
    }

    private UpdatedSince resolve(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");
        if (value != null) {
            request.setParameter("updatedSince", value);
        }
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }
}
