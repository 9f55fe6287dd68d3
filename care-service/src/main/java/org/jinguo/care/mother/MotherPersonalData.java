package org.jinguo.care.mother;

import org.jinguo.service.contact.MobilePhone;
import org.jinguo.service.contact.PersonalName;
import org.jinguo.service.contact.ResidentIdNumber;

/** A caring mother's personal data, sealed under her own data key and masked by default. */
public record MotherPersonalData(String name, String phone, String idNumber, String address) {

    MotherPersonalData masked() {
        return new MotherPersonalData(PersonalName.masked(name), phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"),
                idNumber == null ? null : ResidentIdNumber.parse(idNumber).map(ResidentIdNumber::masked).orElse("***"),
                address == null ? null : "***");
    }
}
