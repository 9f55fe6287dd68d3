package org.jinguo.care.helper;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record HelperView(UUID id, HelperKind kind, @Nullable String accountSubject, HelperPersonalData personal, String townCode,
                  LocalDate registeredOn, @Nullable LocalDate leftOn, long version) {

    static HelperView of(Helper helper, HelperPersonalData personal) {
        return new HelperView(helper.id(), helper.kind(), helper.accountSubject(), personal, helper.townCode(), helper.registeredOn(),
                helper.leftOn(), helper.version());
    }
}
