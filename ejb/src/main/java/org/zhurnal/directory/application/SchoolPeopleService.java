package org.zhurnal.directory.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.directory.application.SchoolPeopleItems.PersonRow;
import org.zhurnal.directory.application.SchoolPeopleItems.RepresentativeRow;
import org.zhurnal.directory.application.SchoolPeopleItems.StudentRow;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.query.PageWindow;
import org.zhurnal.shared.security.Actor;

/**
 * The lists of a school's people for its administrators (the region administrator or the school's journal
 * administrator): students, legal representatives, everybody — searched by name and paged in the database.
 * Each read is audited with the school as its object (a list of minors' names is personal data).
 */
@Stateless
public class SchoolPeopleService {

    @Inject
    AdministeredSchools schools;

    @Inject
    SchoolPeopleLists lists;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ListPage<StudentRow> students(Actor actor, Long schoolId, String text, Long classId, LocalDate date,
                                         int page, int size) {
        PeopleQuery query = query(actor, schoolId, text, classId, date, page, size);
        ListPage<StudentRow> found = lists.students(schoolId, query);
        audit.record(actor, AuditAction.SCHOOL_STUDENTS_LISTED, schoolId);
        return found;
    }

    public ListPage<RepresentativeRow> representatives(Actor actor, Long schoolId, String text, LocalDate date,
                                                       int page, int size) {
        PeopleQuery query = query(actor, schoolId, text, null, date, page, size);
        ListPage<RepresentativeRow> found = lists.representatives(schoolId, query);
        audit.record(actor, AuditAction.SCHOOL_REPRESENTATIVES_LISTED, schoolId);
        return found;
    }

    public ListPage<PersonRow> people(Actor actor, Long schoolId, String text, int page, int size) {
        PeopleQuery query = query(actor, schoolId, text, null, null, page, size);
        ListPage<PersonRow> found = lists.people(schoolId, query);
        audit.record(actor, AuditAction.SCHOOL_PEOPLE_SEARCHED, schoolId);
        return found;
    }

    private PeopleQuery query(Actor actor, Long schoolId, String text, Long classId, LocalDate date, int page, int size) {
        School school = schools.require(actor, schoolId);
        PageWindow window = new PageWindow(page, size);
        return new PeopleQuery(text, classId, date == null ? school.region().today(clock) : date, window);
    }
}
