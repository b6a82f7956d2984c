package org.zhurnal.directory.application;

import org.zhurnal.directory.application.SchoolPeopleItems.PersonRow;
import org.zhurnal.directory.application.SchoolPeopleItems.RepresentativeRow;
import org.zhurnal.directory.application.SchoolPeopleItems.StudentRow;

/** A school's people as paged lists computed in the database (one count and one page query each). */
public interface SchoolPeopleLists {

    /** Students on a class list of the school (of the class, when given) on the query's day. */
    ListPage<StudentRow> students(Long schoolId, PeopleQuery query);

    /** Current legal representatives of those students; the text finds the representative's or a child's name. */
    ListPage<RepresentativeRow> representatives(Long schoolId, PeopleQuery query);

    /** Staff, students and representatives together, each person once with their roles. */
    ListPage<PersonRow> people(Long schoolId, PeopleQuery query);
}
