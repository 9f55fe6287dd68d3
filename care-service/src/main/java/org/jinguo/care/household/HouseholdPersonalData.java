package org.jinguo.care.household;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;
import org.jspecify.annotations.Nullable;

record HouseholdPersonalData(String headName, @Nullable String address, @Nullable String phone) {

    HouseholdPersonalData masked() {
        return new HouseholdPersonalData(PersonalName.masked(headName), address == null ? null : "***",
                phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"));
    }
}
