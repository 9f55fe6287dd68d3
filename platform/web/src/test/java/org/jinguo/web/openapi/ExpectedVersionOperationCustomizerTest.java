package org.jinguo.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.models.Operation;
import org.jinguo.web.etag.ExpectedVersion;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class ExpectedVersionOperationCustomizerTest {

    private final ExpectedVersionOperationCustomizer customizer = new ExpectedVersionOperationCustomizer();

    @SuppressWarnings("unused")
    void revise(String body, ExpectedVersion expected) {
    }

    @SuppressWarnings("unused")
    void reviseTown(@Parameter(description = "The ETag the town was read with") ExpectedVersion expected) {
    }

    @SuppressWarnings("unused")
    void create(String body) {
    }

    @Test
    void documentsTheIfMatchHeaderOfAChange() throws NoSuchMethodException {
        Operation operation = customizer.customize(new Operation(), handler("revise", String.class, ExpectedVersion.class));

        assertThat(operation.getParameters()).singleElement().satisfies(header -> {
            assertThat(header.getIn()).isEqualTo("header");
            assertThat(header.getName()).isEqualTo("If-Match");
            assertThat(header.getDescription()).isEqualTo(ExpectedVersionOperationCustomizer.DESCRIPTION);
            assertThat(header.getSchema().getType()).isEqualTo("string");
            assertThat(header.getRequired()).isTrue();
        });
    }

    @Test
    void takesTheOperationsOwnWording() throws NoSuchMethodException {
        Operation operation = customizer.customize(new Operation(), handler("reviseTown", ExpectedVersion.class));

        assertThat(operation.getParameters().get(0).getDescription()).isEqualTo("The ETag the town was read with");
    }

    @Test
    void leavesOperationsWithoutAnExpectedVersionAlone() throws NoSuchMethodException {
        assertThat(customizer.customize(new Operation(), handler("create", String.class)).getParameters()).isNull();
    }

    private HandlerMethod handler(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        return new HandlerMethod(this, getClass().getDeclaredMethod(name, parameterTypes));
    }
}
