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
    SUBJECT_CREATED("subject.created", ObjectType.SUBJECT),
    CURRICULUM_REPLACED("curriculum.replaced", ObjectType.ACADEMIC_YEAR),
    /** Bindings of sign-in accounts to person cards; the object is the binding (never the SNILS). */
    ACCOUNT_BINDING_SUGGESTED("account.binding-suggested", ObjectType.ACCOUNT_BINDING),
    ACCOUNT_BINDING_CONFIRMED("account.binding-confirmed", ObjectType.ACCOUNT_BINDING),
    ACCOUNT_BINDING_REJECTED("account.binding-rejected", ObjectType.ACCOUNT_BINDING),
    /** A lesson's journal (topic, homework, marks, attendance) saved; the object is the lesson. */
    LESSON_JOURNAL_SAVED("lesson.journal-saved", ObjectType.LESSON),
    HOMEWORK_FILE_ADDED("lesson.homework-file-added", ObjectType.LESSON),
    HOMEWORK_FILE_REMOVED("lesson.homework-file-removed", ObjectType.LESSON),
    /** A final mark decided (a new version); the object is the student. */
    FINAL_MARK_DECIDED("final-mark.decided", ObjectType.STUDENT),
    MARK_CHANGE_REQUESTED("mark.change-requested", ObjectType.MARK_CHANGE_REQUEST),
    MARK_CHANGE_APPROVED("mark.change-approved", ObjectType.MARK_CHANGE_REQUEST),
    MARK_CHANGE_REFUSED("mark.change-refused", ObjectType.MARK_CHANGE_REQUEST);

    /** The kinds of audited objects. A STUDENT is named by the id of their person card. */
    public enum ObjectType {
        MUNICIPALITY, SCHOOL, PERSON, STAFF_POSITION, SCHOOL_CLASS, CLASS_GROUP, STUDENT, SUBJECT, ACADEMIC_YEAR,
        ACCOUNT_BINDING, LESSON, MARK_CHANGE_REQUEST
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
