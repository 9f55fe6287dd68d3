package org.jinguo.training.person;

import java.util.UUID;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.PersonalName;
import org.jinguo.values.ResidentIdNumber;

/**
 * A woman who trains at the academy: training-service owns her person id, which the other
 * services refer to. Her phone and resident ID number are personal data, stored encrypted and
 * shown masked to whoever need not see them. {@code accountSubject} links the record to the
 * RESIDENT who registered herself, so that she manages it.
 */
public final class Person {

    private final UUID id;
    private String nameZh;
    private MobilePhone phone;
    private ResidentIdNumber idNumber;
    private String townCode;
    private UUID villageId;
    private Integer birthYear;
    private final String accountSubject;
    private long version;

    public Person(UUID id, String nameZh, MobilePhone phone, ResidentIdNumber idNumber, String townCode, UUID villageId,
                  Integer birthYear, String accountSubject, long version) {
        this.id = id;
        this.nameZh = nameZh;
        this.phone = phone;
        this.idNumber = idNumber;
        this.townCode = townCode;
        this.villageId = villageId;
        this.birthYear = birthYear;
        this.accountSubject = accountSubject;
        this.version = version;
    }

    public static Person register(UUID id, PersonDetails details, String accountSubject) {
        return new Person(id, details.nameZh(), details.phone(), details.idNumber(), details.townCode(), details.villageId(),
                details.birthYear(), accountSubject, 1);
    }

    public void revise(PersonDetails details) {
        nameZh = details.nameZh();
        phone = details.phone();
        idNumber = details.idNumber();
        townCode = details.townCode();
        villageId = details.villageId();
        birthYear = details.birthYear();
        version++;
    }

    public UUID id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Her name as shown to strangers (a certificate check). */
    public String maskedName() {
        return PersonalName.masked(nameZh);
    }

    public MobilePhone phone() {
        return phone;
    }

    public ResidentIdNumber idNumber() {
        return idNumber;
    }

    public String townCode() {
        return townCode;
    }

    public UUID villageId() {
        return villageId;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public String accountSubject() {
        return accountSubject;
    }

    public long version() {
        return version;
    }
}
