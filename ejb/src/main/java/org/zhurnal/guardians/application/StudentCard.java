package org.zhurnal.guardians.application;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.people.domain.Sex;

/**
 * A student's person card (личная карточка обучающегося): who they are, their class today, their contacts,
 * legal representatives and consents. Personal data: only for who may keep it, every read audited.
 */
public record StudentCard(Long personId, String displayName, LocalDate birthDate, Sex sex, Long schoolId,
                          Long classId, String className, String phone, String email,
                          List<RepresentativeItem> representatives, List<ConsentItem> consents) {

    @Override
    public String toString() {
        return "StudentCard[" + personId + "]";
    }
}
