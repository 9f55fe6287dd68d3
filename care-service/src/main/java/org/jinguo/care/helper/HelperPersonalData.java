package org.jinguo.care.helper;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;
import org.jspecify.annotations.Nullable;

record HelperPersonalData(String name, @Nullable String phone) {

    HelperPersonalData masked() {
        return new HelperPersonalData(PersonalName.masked(name), phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"));
    }
}
