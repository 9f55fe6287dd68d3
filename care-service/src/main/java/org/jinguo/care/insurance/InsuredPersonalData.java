package org.jinguo.care.insurance;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;
import org.jinguo.values.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/** The insured woman's personal data: the insurer needs her ID number, which also tells one woman from another across years. */
record InsuredPersonalData(String name, String idNumber, @Nullable String phone) {

    InsuredPersonalData masked() {
        return new InsuredPersonalData(PersonalName.masked(name), ResidentIdNumber.parse(idNumber).map(ResidentIdNumber::masked).orElse("***"),
                phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"));
    }
}
