package org.jinguo.care.insurance;

import org.jinguo.service.contact.MobilePhone;
import org.jinguo.service.contact.PersonalName;
import org.jinguo.service.contact.ResidentIdNumber;

/** The insured woman's personal data: the insurer needs her ID number, which also tells one woman from another across years. */
record InsuredPersonalData(String name, String idNumber, String phone) {

    InsuredPersonalData masked() {
        return new InsuredPersonalData(PersonalName.masked(name), ResidentIdNumber.parse(idNumber).map(ResidentIdNumber::masked).orElse("***"),
                phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse("***"));
    }
}
