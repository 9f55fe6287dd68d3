package org.jinguo.training.person;

import java.util.UUID;
import org.jinguo.values.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/** What the people API returns. */
final class PersonViews {

    private PersonViews() {
    }

    /** @param phone and {@code idNumber} in full for federation and academy staff and for herself, masked for partners */
    record PersonView(UUID id, String nameZh, String phone, @Nullable String idNumber, String townCode, @Nullable UUID villageId,
                      @Nullable Integer birthYear, boolean linkedToAccount, long version) {

        static PersonView of(Person person, boolean clear) {
            ResidentIdNumber idNumber = person.idNumber();
            return new PersonView(person.id(), person.nameZh(), clear ? person.phone().value() : person.phone().masked(),
                    idNumber == null ? null : clear ? idNumber.value() : idNumber.masked(), person.townCode(), person.villageId(),
                    person.birthYear(), person.accountSubject() != null, person.version());
        }

        /** What the audit trail keeps: masked, since the trail is read more widely than the record. */
        static PersonView forAudit(Person person) {
            return of(person, false);
        }
    }
}
