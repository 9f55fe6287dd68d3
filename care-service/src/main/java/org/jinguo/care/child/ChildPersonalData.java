package org.jinguo.care.child;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;
import org.jinguo.values.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/** The personal data of a child's case, stored sealed under the child's data key and masked in every response by default. */
public record ChildPersonalData(String name, @Nullable String idNumber, @Nullable String address, @Nullable String phone,
                                @Nullable String guardianName, @Nullable String guardianPhone, @Nullable String healthNotes) {

    private static final String HIDDEN = "***";

    ChildPersonalData masked() {
        return new ChildPersonalData(PersonalName.masked(name),
                idNumber == null ? null : ResidentIdNumber.parse(idNumber).map(ResidentIdNumber::masked).orElse(HIDDEN),
                address == null ? null : HIDDEN,
                phone == null ? null : MobilePhone.parse(phone).map(MobilePhone::masked).orElse(HIDDEN),
                guardianName == null ? null : PersonalName.masked(guardianName),
                guardianPhone == null ? null : MobilePhone.parse(guardianPhone).map(MobilePhone::masked).orElse(HIDDEN),
                healthNotes == null ? null : HIDDEN);
    }
}
