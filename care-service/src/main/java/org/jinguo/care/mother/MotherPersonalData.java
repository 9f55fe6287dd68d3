package org.jinguo.care.mother;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;
import org.jinguo.values.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/** A caring mother's personal data, sealed under her own data key and masked by default. */
public record MotherPersonalData(String name, @Nullable String phone, @Nullable String idNumber, @Nullable String address) {

    MotherPersonalData masked() {
        return new MotherPersonalData(PersonalName.masked(name), phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"),
                idNumber == null ? null : ResidentIdNumber.parse(idNumber).map(ResidentIdNumber::masked).orElse("***"),
                address == null ? null : "***");
    }
}
