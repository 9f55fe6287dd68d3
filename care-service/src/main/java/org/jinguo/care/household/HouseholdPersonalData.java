package org.jinguo.care.household;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;

record HouseholdPersonalData(String headName, String address, String phone) {

    HouseholdPersonalData masked() {
        return new HouseholdPersonalData(PersonalName.masked(headName), address == null ? null : "***",
                phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"));
    }
}
