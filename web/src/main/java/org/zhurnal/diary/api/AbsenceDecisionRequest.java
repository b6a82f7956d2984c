package org.zhurnal.diary.api;

/** Body of {@code POST /class-teacher/absence-reports/{id}/decision}: ACCEPTED with code ILL/EXCUSED, or REJECTED. */
public record AbsenceDecisionRequest(String decision, String code) {

    static final AbsenceDecisionRequest EMPTY = new AbsenceDecisionRequest(null, null);
}
