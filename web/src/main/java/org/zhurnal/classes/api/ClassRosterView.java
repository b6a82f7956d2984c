package org.zhurnal.classes.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.classes.api.ClassView.PersonRef;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.ClassRoster;

/** A class with its list and its groups' lists as of {@code date}. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "grade", "letter", "yearId", "classTeacher", "date", "students", "groups"})
public record ClassRosterView(Long id, String name, int grade, String letter, Long yearId, PersonRef classTeacher,
                              String date, List<StudentRow> students, List<GroupRow> groups) {

    @JsonbNillable
    @JsonbPropertyOrder({"personId", "displayName", "birthDate"})
    public record StudentRow(Long personId, String displayName, String birthDate) {
    }

    @JsonbPropertyOrder({"id", "name", "students"})
    public record GroupRow(Long id, String name, List<PersonRef> students) {
    }

    static ClassRosterView of(ClassRoster roster) {
        ClassItem item = roster.schoolClass();
        return new ClassRosterView(item.id(), item.name(), item.grade(), item.letter(), item.yearId(),
                PersonRef.of(item.classTeacher()), WireDates.text(roster.date()),
                roster.students().stream().map(s -> new StudentRow(s.personId(), s.displayName(),
                        WireDates.text(s.birthDate()))).toList(),
                roster.groups().stream().map(g -> new GroupRow(g.id(), g.name(),
                        g.students().stream().map(PersonRef::of).toList())).toList());
    }
}
