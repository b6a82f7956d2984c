package org.zhurnal.yearend.api;

import java.util.List;
import org.zhurnal.yearend.application.RolloverInput;

/**
 * Body of the rollover preview and commit: {@code copyGroups}, the director's {@code orderRef}, and changes to
 * next year's classes {@code [{fromClassId, letter|null, classTeacherPersonId|null, keepClassTeacher|null}]}: a
 * {@code classTeacherPersonId} replaces the class teacher, {@code keepClassTeacher: false} without one leaves the
 * class without a class teacher, otherwise the class teacher stays.
 */
public record RolloverRequest(Boolean copyGroups, String orderRef, List<ClassChange> classes) {

    static final RolloverRequest EMPTY = new RolloverRequest(false, null, List.of());

    public record ClassChange(Long fromClassId, String letter, Long classTeacherPersonId, Boolean keepClassTeacher) {
    }

    RolloverInput toInput() {
        return new RolloverInput(Boolean.TRUE.equals(copyGroups), orderRef, classes == null ? List.of()
                : classes.stream().map(c -> c == null ? null : new RolloverInput.ClassChange(c.fromClassId(), c.letter(),
                        c.classTeacherPersonId() != null || Boolean.FALSE.equals(c.keepClassTeacher()),
                        c.classTeacherPersonId())).toList());
    }
}
