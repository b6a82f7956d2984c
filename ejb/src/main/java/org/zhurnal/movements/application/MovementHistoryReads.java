package org.zhurnal.movements.application;

import java.util.List;
import java.util.Optional;

/** The stored movements of a student at a school, in order, with class and group names. */
public interface MovementHistoryReads {

    List<MovementHistory.Entry> events(Long schoolId, Long personId);

    /** «Фамилия Имя Отчество» of the person card. */
    Optional<String> displayName(Long personId);
}
