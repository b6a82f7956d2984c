package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhurnal.diary.application.ClassInfo;
import org.zhurnal.diary.application.DiaryAccess;
import org.zhurnal.shared.security.Actor;

/**
 * A student's confirmed final marks of the year, read by whoever may read the student's diary — the student,
 * a current legal representative, the class teacher — through the diary's own access rule ({@link DiaryAccess}).
 * The year: the one of the student's class today, else of their latest class.
 */
@Stateless
public class StudentFinalMarkService {

    @Inject
    DiaryAccess access;

    @Inject
    StudentFinalMarkReads reads;

    public StudentFinalMarks of(Actor actor, long studentPersonId) {
        DiaryAccess.Opened opened = access.open(actor, studentPersonId);
        Optional<ClassInfo> year = opened.student().classOn(opened.today())
                .or(() -> opened.student().classes().values().stream().max(Comparator.comparing(ClassInfo::yearStartsOn)));
        if (year.isEmpty()) {
            return new StudentFinalMarks(studentPersonId, null, List.of(), List.of());
        }
        long yearId = year.get().academicYearId();
        return new StudentFinalMarks(studentPersonId, yearId, reads.periods(yearId), reads.confirmed(studentPersonId, yearId));
    }
}
