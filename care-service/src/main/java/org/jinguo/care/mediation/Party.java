package org.jinguo.care.mediation;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;
import org.jspecify.annotations.Nullable;

/** A party to a dispute: sealed with the case, masked when shown. */
record Party(String name, String role, @Nullable String phone) {

    Party masked() {
        return new Party(PersonalName.masked(name), role, phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"));
    }
}
