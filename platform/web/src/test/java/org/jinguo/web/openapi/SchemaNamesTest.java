package org.jinguo.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaNamesTest {

    static class MotherRequests {
        record ProfileBody(String townCode) {
        }

        record MotherBody(String name) {
        }

        record NewMotherBody(String name) {
        }

        enum Skill { TUTORING }
    }

    static class PersonalDataAccessRepository {
        record Access(String field) {
        }
    }

    @Test
    void aNestedRecordIsNamedAfterItsFeatureOnce() {
        assertThat(SchemaNames.nameOf(MotherRequests.ProfileBody.class)).hasValue("MotherProfileBody");
        assertThat(SchemaNames.nameOf(MotherRequests.MotherBody.class)).hasValue("MotherBody");
        assertThat(SchemaNames.nameOf(MotherRequests.NewMotherBody.class)).hasValue("NewMotherBody");
        assertThat(SchemaNames.nameOf(PersonalDataAccessRepository.Access.class)).hasValue("PersonalDataAccess");
    }

    @Test
    void enumerationsAndTopLevelTypesKeepTheirNames() {
        assertThat(SchemaNames.nameOf(MotherRequests.Skill.class)).isEmpty();
        assertThat(SchemaNames.nameOf(String.class)).isEmpty();
    }
}
