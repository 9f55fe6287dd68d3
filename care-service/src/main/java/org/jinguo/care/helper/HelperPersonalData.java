package org.jinguo.care.helper;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;

record HelperPersonalData(String name, String phone) {

    HelperPersonalData masked() {
        return new HelperPersonalData(PersonalName.masked(name), phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"));
    }
}
