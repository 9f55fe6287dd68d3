package org.jinguo.training.person;

import java.util.UUID;

import org.jinguo.values.MobilePhone;
import org.jinguo.values.ResidentIdNumber;

/** What a person is registered or revised with; {@code idNumber}, {@code villageId} and {@code birthYear} may be null. */
public record PersonDetails(String nameZh, MobilePhone phone, ResidentIdNumber idNumber, String townCode, UUID villageId,
                            Integer birthYear) {
}
