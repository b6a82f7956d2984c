package org.zhurnal.directory.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.directory.api.PeopleItemViews.StudentView;
import org.zhurnal.directory.application.SchoolPeopleService;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.web.api.QueryNumbers;

/**
 * The list of a school's students as {@code GET /schools/{id}/students} answers it (the resource is the classes
 * feature's, which also enrols): query parameters checked with their names, one page of students.
 */
@RequestScoped
public class SchoolStudentList {

    @Inject
    SchoolPeopleService people;

    public PeoplePageView<StudentView> page(Actor actor, long schoolId, String text, String classId, String date,
                                            String page, String size) {
        return PeoplePageView.of(people.students(actor, schoolId, text, QueryNumbers.longOrNull(classId, "classId"),
                WireDates.date(date, "date"), QueryNumbers.intOr(page, 0, "page"), QueryNumbers.intOr(size, 20, "size")),
                StudentView::of);
    }
}
