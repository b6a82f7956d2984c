package org.zhurnal.classes.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.PersonItem;

/** A class in the school's list; a class without a class teacher has {@code "classTeacher":null}. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "grade", "letter", "yearId", "classTeacher", "studentCount"})
public record ClassView(Long id, String name, int grade, String letter, Long yearId, PersonRef classTeacher,
                        long studentCount) {

    /** A person named on the wire: {@code {"personId":7,"displayName":"Иванова Мария Петровна"}}. */
    @JsonbPropertyOrder({"personId", "displayName"})
    public record PersonRef(Long personId, String displayName) {

        static PersonRef of(PersonItem person) {
            return person == null ? null : new PersonRef(person.personId(), person.displayName());
        }
    }

    static ClassView of(ClassItem item) {
        return new ClassView(item.id(), item.name(), item.grade(), item.letter(), item.yearId(),
                PersonRef.of(item.classTeacher()), item.studentCount());
    }
}
