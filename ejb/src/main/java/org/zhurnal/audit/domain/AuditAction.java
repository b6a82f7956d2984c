package org.zhurnal.audit.domain;

/** What was done, as the audit trail names it, and the kind of object it was done to. */
public enum AuditAction {
    MUNICIPALITY_CREATED("municipality.created", ObjectType.MUNICIPALITY),
    SCHOOL_CREATED("school.created", ObjectType.SCHOOL),
    PERSON_CARD_CREATED("person.card-created", ObjectType.PERSON),
    PERSON_CARD_MATCHED("person.card-matched-by-snils", ObjectType.PERSON),
    STAFF_APPOINTED("staff.appointed", ObjectType.STAFF_POSITION),
    STAFF_APPOINTMENT_ENDED("staff.appointment-ended", ObjectType.STAFF_POSITION),
    CLASS_CREATED("class.created", ObjectType.SCHOOL_CLASS),
    CLASS_GROUP_CREATED("class.group-created", ObjectType.CLASS_GROUP),
    /** A student's movements; the object is the student's person card. */
    STUDENT_ENROLLED("student.enrolled", ObjectType.STUDENT),
    STUDENT_LEFT("student.left", ObjectType.STUDENT),
    STUDENT_TRANSFERRED("student.transferred", ObjectType.STUDENT),
    STUDENT_GROUP_MOVED("student.group-moved", ObjectType.STUDENT),
    STAFF_IMPORTED("staff.imported", ObjectType.SCHOOL),
    /** A school's list of students and their representatives imported; the object is the school. */
    STUDENTS_IMPORTED("students.imported", ObjectType.SCHOOL),
    /** A school's lists of people read (students, representatives, everybody); the object is the school. */
    SCHOOL_STUDENTS_LISTED("school.students-listed", ObjectType.SCHOOL),
    SCHOOL_REPRESENTATIVES_LISTED("school.representatives-listed", ObjectType.SCHOOL),
    SCHOOL_PEOPLE_SEARCHED("school.people-searched", ObjectType.SCHOOL),
    SUBJECT_CREATED("subject.created", ObjectType.SUBJECT),
    SUBJECT_RENAMED("subject.renamed", ObjectType.SUBJECT),
    /** A school's data (names, identifiers, address, municipality) changed. */
    SCHOOL_CHANGED("school.changed", ObjectType.SCHOOL),
    CURRICULUM_REPLACED("curriculum.replaced", ObjectType.ACADEMIC_YEAR),
    /** Bindings of sign-in accounts to person cards; the object is the binding (never the SNILS). */
    ACCOUNT_BINDING_SUGGESTED("account.binding-suggested", ObjectType.ACCOUNT_BINDING),
    ACCOUNT_BINDING_CONFIRMED("account.binding-confirmed", ObjectType.ACCOUNT_BINDING),
    ACCOUNT_BINDING_REJECTED("account.binding-rejected", ObjectType.ACCOUNT_BINDING),
    /** Sign-ins; the object is the account (the identity provider's opaque subject). */
    ACCOUNT_SIGNED_IN("account.signed-in", ObjectType.ACCOUNT),
    ACCOUNT_SIGN_IN_REFUSED("account.sign-in-refused", ObjectType.ACCOUNT),
    /** Invite codes; the object is the code's record (never the code). */
    INVITE_ISSUED("invite.issued", ObjectType.INVITE_CODE),
    INVITE_REDEEMED("invite.redeemed", ObjectType.INVITE_CODE),
    INVITE_REDEEM_REFUSED("invite.redeem-refused", ObjectType.ACCOUNT),
    INVITE_REDEEM_LOCKED_OUT("invite.redeem-locked-out", ObjectType.ACCOUNT),
    /** An invitation letter (PDF) issued for a class; the object is the class. */
    INVITE_LETTER_ISSUED("invite.letter-issued", ObjectType.SCHOOL_CLASS),
    /** One student's invitation letter (PDF); the object is the student's person card. */
    INVITE_STUDENT_LETTER_ISSUED("invite.student-letter-issued", ObjectType.PERSON),
    /** Guardian links suggested by the state portal's children list; the object is the suggestion. */
    GUARDIAN_LINK_SUGGESTED("guardian-link.suggested", ObjectType.GUARDIAN_LINK),
    GUARDIAN_LINK_CONFIRMED("guardian-link.confirmed", ObjectType.GUARDIAN_LINK),
    GUARDIAN_LINK_REJECTED("guardian-link.rejected", ObjectType.GUARDIAN_LINK),
    /** The diary: a class teacher read a student's diary; absence reports filed and decided; a class's absences read. */
    DIARY_READ_BY_CLASS_TEACHER("diary.read-by-class-teacher", ObjectType.STUDENT),
    ABSENCE_REPORTED("absence.reported", ObjectType.ABSENCE_REPORT),
    ABSENCE_REPORT_DECIDED("absence.report-decided", ObjectType.ABSENCE_REPORT),
    CLASS_ABSENCES_READ("class.absences-read", ObjectType.SCHOOL_CLASS),
    /** The timetable (feature timetable): entries, generated lessons and substitutions of single lessons. */
    TIMETABLE_ENTRY_ADDED("timetable.entry-added", ObjectType.TIMETABLE_ENTRY),
    TIMETABLE_ENTRY_ENDED("timetable.entry-ended", ObjectType.TIMETABLE_ENTRY),
    TIMETABLE_ENTRY_REMOVED("timetable.entry-removed", ObjectType.TIMETABLE_ENTRY),
    LESSONS_GENERATED("timetable.lessons-generated", ObjectType.ACADEMIC_YEAR),
    LESSON_CANCELLED("lesson.cancelled", ObjectType.LESSON),
    LESSON_TEACHER_CHANGED("lesson.teacher-changed", ObjectType.LESSON),
    LESSON_ROOM_CHANGED("lesson.room-changed", ObjectType.LESSON),
    LESSON_MOVED("lesson.moved", ObjectType.LESSON),
    /** Thematic plans (feature plans). */
    PLAN_CREATED("plan.created", ObjectType.THEMATIC_PLAN),
    PLAN_TOPICS_REPLACED("plan.topics-replaced", ObjectType.THEMATIC_PLAN),
    /** Operations on exchanges with other systems (issue 7): the object is the dead letter or the route. */
    EXCHANGE_DEAD_LETTER_RETRIED("exchange.dead-letter-retried", ObjectType.DEAD_LETTER),
    EXCHANGE_DEAD_LETTER_DISCARDED("exchange.dead-letter-discarded", ObjectType.DEAD_LETTER),
    EXCHANGE_ROUTE_PAUSED("exchange.route-paused", ObjectType.EXCHANGE_ROUTE),
    EXCHANGE_ROUTE_RESUMED("exchange.route-resumed", ObjectType.EXCHANGE_ROUTE),
    /** A student's journal data delivered to a federal or regional system; the object is the student. */
    EXCHANGE_STUDENT_DATA_SENT("exchange.student-data-sent", ObjectType.STUDENT),
    /** A progress statement (ЕПГУ through СМЭВ 3) answered, or refused, about the student. */
    EXCHANGE_PROGRESS_SENT("exchange.progress-sent", ObjectType.STUDENT),
    EXCHANGE_PROGRESS_REFUSED("exchange.progress-refused", ObjectType.STUDENT),
    /** «Моя школа» pulled a student's schedule; the object is {@code <person id>:<start>/<end>}, the actor the client. */
    EXCHANGE_SCHEDULE_PULLED("exchange.schedule-pulled", ObjectType.STUDENT_SCHEDULE),
    /** A never-signed-in student's ESIA id learned from a parent's state-portal children list; the object is the student. */
    STUDENT_ESIA_ID_RECORDED("exchange.esia-id-recorded", ObjectType.STUDENT),
    /** The children list offered another ESIA id than the recorded one (or one held by another card); kept, not written. */
    STUDENT_ESIA_ID_CONFLICT("exchange.esia-id-conflict", ObjectType.ESIA_ID_CONFLICT),
    /** A journal administrator read their school's ESIA id conflicts; the object is the school. */
    ESIA_ID_CONFLICTS_READ("exchange.esia-id-conflicts-read", ObjectType.SCHOOL),
    /** The region administrator re-ran the analytics export for a date; the object is {@code analytics:<date>}. */
    EXCHANGE_ANALYTICS_EXPORTED("exchange.analytics-exported", ObjectType.EXCHANGE_ROUTE),
    /** Teaching assignments; the object is the assignment. */
    TEACHING_ASSIGNED("assignment.created", ObjectType.TEACHING_ASSIGNMENT),
    TEACHING_ASSIGNMENT_ENDED("assignment.ended", ObjectType.TEACHING_ASSIGNMENT),
    /** Personal data on a person card: who read or changed it; the object is the person card. */
    PERSON_CARD_READ("person.card-read", ObjectType.PERSON),
    PERSON_CONTACTS_CHANGED("person.contacts-changed", ObjectType.PERSON),
    /** A card's name or birth date corrected (with a reason, kept in its name history), and that history read. */
    PERSON_NAME_CORRECTED("person.name-corrected", ObjectType.PERSON),
    PERSON_NAME_HISTORY_READ("person.name-history-read", ObjectType.PERSON),
    REPRESENTATIVES_READ("person.representatives-read", ObjectType.PERSON),
    GUARDIANSHIP_ADDED("guardianship.added", ObjectType.GUARDIANSHIP),
    GUARDIANSHIP_ENDED("guardianship.ended", ObjectType.GUARDIANSHIP),
    CONSENTS_READ("consent.list-read", ObjectType.PERSON),
    CONSENT_RECORDED("consent.recorded", ObjectType.PD_CONSENT),
    CONSENT_WITHDRAWN("consent.withdrawn", ObjectType.PD_CONSENT),
    /** A lesson's journal (topic, homework, marks, attendance) saved; the object is the lesson. */
    LESSON_JOURNAL_SAVED("lesson.journal-saved", ObjectType.LESSON),
    HOMEWORK_FILE_ADDED("lesson.homework-file-added", ObjectType.LESSON),
    HOMEWORK_FILE_REMOVED("lesson.homework-file-removed", ObjectType.LESSON),
    /** A final mark decided (a new version); the object is the student. */
    FINAL_MARK_DECIDED("final-mark.decided", ObjectType.STUDENT),
    MARK_CHANGE_REQUESTED("mark.change-requested", ObjectType.MARK_CHANGE_REQUEST),
    MARK_CHANGE_APPROVED("mark.change-approved", ObjectType.MARK_CHANGE_REQUEST),
    MARK_CHANGE_REFUSED("mark.change-refused", ObjectType.MARK_CHANGE_REQUEST),
    /** The year's end (feature yearend): the year closed and rolled over; students' year-end decisions and moves. */
    YEAR_CLOSED("year.closed", ObjectType.ACADEMIC_YEAR),
    YEAR_ROLLED_OVER("year.rolled-over", ObjectType.ACADEMIC_YEAR),
    YEAR_CURRICULUM_CONFIRMED("year.curriculum-confirmed", ObjectType.ACADEMIC_YEAR),
    YEAR_END_DECISION_RECORDED("student.year-end-decision", ObjectType.STUDENT),
    STUDENT_MOVED_TO_NEXT_YEAR("student.moved-to-next-year", ObjectType.STUDENT),
    /** A student's movement history read (feature movements). */
    STUDENT_MOVEMENTS_READ("student.movements-read", ObjectType.STUDENT),
    /** The school's journal settings changed; the object is the school. */
    JOURNAL_SETTINGS_CHANGED("journal.settings-changed", ObjectType.SCHOOL),
    /** Reports: proposed period marks computed for the school; the school's progress report read. */
    FINAL_MARK_PROPOSALS_COMPUTED("final-mark.proposals-computed", ObjectType.SCHOOL),
    PROGRESS_REPORT_READ("report.progress-read", ObjectType.SCHOOL);

    /** The kinds of audited objects. A STUDENT is named by the id of their person card. */
    public enum ObjectType {
        MUNICIPALITY, SCHOOL, PERSON, STAFF_POSITION, SCHOOL_CLASS, CLASS_GROUP, STUDENT, SUBJECT, ACADEMIC_YEAR,
        ACCOUNT_BINDING, INVITE_CODE, ACCOUNT, ABSENCE_REPORT, TIMETABLE_ENTRY, LESSON, THEMATIC_PLAN, DEAD_LETTER,
        EXCHANGE_ROUTE, TEACHING_ASSIGNMENT, GUARDIANSHIP, PD_CONSENT, MARK_CHANGE_REQUEST, GUARDIAN_LINK,
        /** A student's schedule over dates, named {@code <person id>:<start>/<end>}. */
        STUDENT_SCHEDULE,
        /** An ESIA id offered for a student that was not recorded (student_esia_id_conflict). */
        ESIA_ID_CONFLICT
    }

    private final String code;
    private final ObjectType objectType;

    AuditAction(String code, ObjectType objectType) {
        this.code = code;
        this.objectType = objectType;
    }

    public String code() {
        return code;
    }

    public ObjectType objectType() {
        return objectType;
    }
}
