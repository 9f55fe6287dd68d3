package org.jinguo.training.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.ResidentIdNumber;
import org.jinguo.jdbc.Filter;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.protection.vault.RecordKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

/** Stores people with their phone and ID number sealed under each person's data key, hashed for lookups, and masked for lists. */
@Repository
@RequiredArgsConstructor
class PersonRepository {

    private static final String COLUMNS = "id, name_zh, phone_encrypted, id_number_encrypted, town_code, village_id, birth_year,"
            + " account_subject, version";
    static final String PHONE = "phone";
    static final String ID_NUMBER = "id-number";
    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    void insert(Person person) {
        bind(jdbc.sql("""
                insert into person (id, name_zh, phone_encrypted, phone_hash, phone_masked, id_number_encrypted, id_number_hash,
                                    id_number_masked, town_code, village_id, birth_year, account_subject, version)
                values (:id, :nameZh, :phoneEncrypted, :phoneHash, :phoneMasked, :idNumberEncrypted, :idNumberHash,
                        :idNumberMasked, :townCode, :villageId, :birthYear, :accountSubject, :version)
                """), person, vault.newRecordKey(person.id()))
                .param("accountSubject", person.accountSubject())
                .update();
    }

    /** @return false when it changed since it was read at {@code expectedVersion} */
    boolean update(Person person, long expectedVersion) {
        return bind(jdbc.sql("""
                update person set name_zh = :nameZh, phone_encrypted = :phoneEncrypted, phone_hash = :phoneHash,
                       phone_masked = :phoneMasked, id_number_encrypted = :idNumberEncrypted, id_number_hash = :idNumberHash,
                       id_number_masked = :idNumberMasked, town_code = :townCode, village_id = :villageId,
                       birth_year = :birthYear, version = :version
                where id = :id and version = :expected
                """), person, vault.existingRecordKey(person.id()))
                .param("expected", expectedVersion)
                .update() == 1;
    }

    Optional<Person> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<Person> ofAccount(String accountSubject) {
        return jdbc.sql("select " + COLUMNS + " from person where account_subject = :account").param("account", accountSubject)
                .query(this::row).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from person where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Whether another person (not {@code except}) has this phone or this ID number. */
    boolean registeredElsewhere(MobilePhone phone, ResidentIdNumber idNumber, UUID except) {
        return jdbc.sql("""
                select count(*) from person
                where id <> :except and (phone_hash = :phoneHash or id_number_hash = :idNumberHash)
                """)
                .param("except", except)
                .param("phoneHash", vault.lookupHash(phone.value()))
                .param("idNumberHash", idNumber == null ? null : vault.lookupHash(idNumber.value()))
                .query(Long.class).single() > 0;
    }

    boolean accountHasPerson(String accountSubject) {
        return jdbc.sql("select count(*) from person where account_subject = :account").param("account", accountSubject)
                .query(Long.class).single() > 0;
    }

    /** A page of people as lists show them: masked, never decrypted. */
    Page<PersonListing> search(PersonFilter filter, String orderBy, PageQuery query) {
        return Filter.where().equal("town_code", filter.townCode()).contains(filter.name(), "name_zh")
                .equal("account_subject", filter.accountSubject())
                .page(jdbc, "id, name_zh, phone_masked, id_number_masked, town_code, village_id, birth_year", "person", orderBy,
                        (rs, n) -> new PersonListing(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("phone_masked"),
                                rs.getString("id_number_masked"), rs.getString("town_code"), rs.getObject("village_id", UUID.class),
                                (Integer) rs.getObject("birth_year")), query);
    }

    /** A person in a list, with the masked forms stored beside the encrypted values. */
    record PersonListing(UUID id, String nameZh, String phone, @Nullable String idNumber, String townCode, @Nullable UUID villageId,
                         @Nullable Integer birthYear) {
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Person person, RecordKey key) {
        ResidentIdNumber idNumber = person.idNumber();
        return statement
                .param("id", person.id())
                .param("nameZh", person.nameZh())
                .param("phoneEncrypted", key.seal(PHONE, person.phone().value()))
                .param("phoneHash", vault.lookupHash(person.phone().value()))
                .param("phoneMasked", person.phone().masked())
                .param("idNumberEncrypted", idNumber == null ? null : key.seal(ID_NUMBER, idNumber.value()))
                .param("idNumberHash", idNumber == null ? null : vault.lookupHash(idNumber.value()))
                .param("idNumberMasked", idNumber == null ? null : idNumber.masked())
                .param("townCode", person.townCode())
                .param("villageId", person.villageId())
                .param("birthYear", person.birthYear())
                .param("version", person.version());
    }

    private Person row(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        RecordKey key = vault.existingRecordKey(id);
        String idNumber = key.open(ID_NUMBER, rs.getBytes("id_number_encrypted"), String.class);
        return new Person(id, rs.getString("name_zh"),
                new MobilePhone(key.open(PHONE, rs.getBytes("phone_encrypted"), String.class)),
                idNumber == null ? null : new ResidentIdNumber(idNumber), rs.getString("town_code"),
                rs.getObject("village_id", UUID.class), (Integer) rs.getObject("birth_year"), rs.getString("account_subject"),
                rs.getLong("version"));
    }
}
