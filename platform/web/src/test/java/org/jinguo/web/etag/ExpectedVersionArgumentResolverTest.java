package org.jinguo.web.etag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;

import org.jinguo.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ExpectedVersionArgumentResolverTest {

    private final ExpectedVersionArgumentResolver resolver = new ExpectedVersionArgumentResolver();

    @SuppressWarnings("unused")
    void revise(String body, ExpectedVersion expected) {
    }

    @Test
    void takesOnlyAnExpectedVersion() throws NoSuchMethodException {
        Method revise = getClass().getDeclaredMethod("revise", String.class, ExpectedVersion.class);

        assertThat(resolver.supportsParameter(new MethodParameter(revise, 1))).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(revise, 0))).isFalse();
    }

    @Test
    void readsTheVersionBackFromItsETag() {
        assertThat(resolve(Versions.etag(42))).isEqualTo(new ExpectedVersion(42));
        assertThat(resolve(" W/\"7\" ")).isEqualTo(new ExpectedVersion(7));
    }

    @Test
    void aMissingIfMatchIsPreconditionRequired() {
        for (String ifMatch : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> resolve(ifMatch)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
                assertThat(e.code()).isEqualTo("PRECONDITION_REQUIRED");
            });
        }
    }

    @Test
    void anIfMatchNamingNoVersionIsPreconditionFailed() {
        for (String ifMatch : new String[] {"*", "\"abc\"", "12", "\"\"", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> resolve(ifMatch)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
                assertThat(e.code()).isEqualTo("PRECONDITION_FAILED");
            });
        }
    }

    private ExpectedVersion resolve(String ifMatch) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/things/1");
        if (ifMatch != null) {
            request.addHeader("If-Match", ifMatch);
        }
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }
}
