package org.zhurnal.studentimport.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.domain.School;
import org.zhurnal.studentimport.domain.StudentSheetCheck;

/**
 * A checked students list and what it meets in the database: the school and year, the arrival date, the
 * existing cards by SNILS, the year's classes by name, the students already in their row's class, and the
 * current (child, representative) links among existing cards.
 */
record StudentImportPlan(School school, AcademicYear year, String yearLabel, LocalDate today, LocalDate arrival,
                         StudentSheetCheck check, Map<Snils, Person> cards, Map<String, ClassItem> classes,
                         Set<Long> inTheirClass, Set<Link> links) {

    /** A current guardianship: who represents whom. */
    record Link(Long child, Long representative) {
    }

    /** What importing the valid rows does. */
    StudentImportCounts counts() {
        int created = 0;
        int enrolled = 0;
        int unchanged = 0;
        int linked = 0;
        Set<Snils> newRepresentatives = new HashSet<>();
        for (var row : check.validRows()) {
            Person card = cards.get(row.student().snils());
            if (card == null) {
                created++;
            }
            if (card != null && inTheirClass.contains(card.id())) {
                unchanged++;
            } else {
                enrolled++;
            }
            for (var representative : row.representatives()) {
                Person parent = cards.get(representative.person().snils());
                if (parent == null) {
                    newRepresentatives.add(representative.person().snils());
                }
                if (card == null || parent == null || !links.contains(new Link(card.id(), parent.id()))) {
                    linked++;
                }
            }
        }
        return new StudentImportCounts(created, enrolled, unchanged, newRepresentatives.size(), linked);
    }
}
