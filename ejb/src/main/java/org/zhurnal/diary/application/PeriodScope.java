package org.zhurnal.diary.application;

import java.util.Set;
import org.zhurnal.diary.application.DiaryAccess.Opened;
import org.zhurnal.diary.persistence.JpaDiaryDirectory;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;

/**
 * A reporting period of one of the student's academic years, and its partition. A period of another
 * school or year is "not found" for this student.
 */
record PeriodScope(PeriodView period, Set<Integer> years) {

    static final String PERIOD_NOT_FOUND = "Отчётный период не найден";

    static PeriodScope of(Opened opened, JpaDiaryDirectory directory, Long periodId) {
        if (periodId == null) {
            throw new InvalidInputException("periodId", "Выберите отчётный период");
        }
        var found = directory.period(periodId).orElseThrow(() -> new NotFoundException(PERIOD_NOT_FOUND));
        ClassInfo ofYear = opened.student().classes().values().stream()
                .filter(c -> c.academicYearId() == found.getKey())
                .findFirst()
                .orElseThrow(() -> new NotFoundException(PERIOD_NOT_FOUND));
        return new PeriodScope(found.getValue(), Set.of(ofYear.schoolYear()));
    }
}
