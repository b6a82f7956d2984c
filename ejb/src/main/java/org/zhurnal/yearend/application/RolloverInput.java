package org.zhurnal.yearend.application;

import java.util.List;

/**
 * The administrator's choices for a rollover: carry the classes' groups (and who is in them) over, the
 * director's order, and changes to next year's classes (another letter or class teacher).
 */
public record RolloverInput(boolean copyGroups, String orderRef, List<ClassChange> classes) {

    /** {@code teacherGiven}: {@code classTeacherPersonId} replaces the class teacher (null: none). */
    public record ClassChange(Long fromClassId, String letter, boolean teacherGiven, Long classTeacherPersonId) {
    }

    public List<ClassChange> changes() {
        return classes == null ? List.of() : classes;
    }
}
