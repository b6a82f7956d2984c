package org.zhurnal.directory.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.directory.application.SchoolPeopleItems;
import org.zhurnal.directory.application.SchoolPeopleItems.Child;
import org.zhurnal.directory.application.SchoolPeopleItems.Role;

/** The items of a school's people lists on the wire (dates as {@code yyyy-MM-dd}). */
public final class PeopleItemViews {

    private PeopleItemViews() {
    }

    @JsonbPropertyOrder({"personId", "displayName", "birthDate", "classId", "className"})
    public record StudentView(Long personId, String displayName, String birthDate, Long classId, String className) {

        public static StudentView of(SchoolPeopleItems.StudentRow row) {
            return new StudentView(row.personId(), row.displayName(), WireDates.text(row.birthDate()), row.classId(),
                    row.className());
        }
    }

    @JsonbPropertyOrder({"personId", "displayName", "children"})
    public record RepresentativeView(Long personId, String displayName, List<Child> children) {

        public static RepresentativeView of(SchoolPeopleItems.RepresentativeRow row) {
            return new RepresentativeView(row.personId(), row.displayName(), row.children());
        }
    }

    @JsonbPropertyOrder({"personId", "displayName", "roles", "className"})
    public record PersonView(Long personId, String displayName, List<String> roles, String className) {

        public static PersonView of(SchoolPeopleItems.PersonRow row) {
            return new PersonView(row.personId(), row.displayName(), row.roles().stream().map(Role::name).toList(),
                    row.className());
        }
    }
}
