package org.zhurnal.studentimport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.text.SearchKey;
import org.zhurnal.staffimport.file.SheetLine;
import org.zhurnal.studentimport.domain.CheckedStudentRow.Representative;

/**
 * Every row of a students list checked before anything is stored: each row on its own, then across rows (a
 * student twice, one SNILS for two people), then against what exists (person cards, the year's classes, the
 * classes students are in already). A row with any problem is not imported.
 */
public final class StudentSheetCheck {

    static final String STUDENT_TWICE = "Этот обучающийся уже указан в строке %d";
    static final String SNILS_TWICE = "Этот СНИЛС уже указан в строке %d у другого человека";
    static final String SNILS_OF_STUDENT = "Этот СНИЛС указан у обучающегося в строке %d";
    static final String SAME_REPRESENTATIVE = "У обоих представителей один и тот же СНИЛС: укажите представителя один раз";
    static final String SNILS_OF_ANOTHER = "Этот СНИЛС уже указан в карточке другого человека. Проверьте СНИЛС, "
            + "ФИО и дату рождения.";

    private final List<CheckedStudentRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    private StudentSheetCheck() {
    }

    /** Checks every row; {@code today} (in the region) bounds birth dates. */
    public static StudentSheetCheck of(List<SheetLine<StudentColumn>> lines, LocalDate today) {
        StudentSheetCheck check = new StudentSheetCheck();
        lines.forEach(line -> StudentRowCheck.check(line, today, check.errors).ifPresent(check.rows::add));
        check.acrossRows();
        return check;
    }

    private void acrossRows() {
        Map<Snils, CheckedStudentRow> students = new HashMap<>();
        for (CheckedStudentRow row : rows) {
            CheckedStudentRow first = students.putIfAbsent(row.student().snils(), row);
            if (first != null) {
                errors.add(new RowError(row.row(), StudentColumn.SNILS.header(), String.format(
                        samePerson(first.student(), row.student()) ? STUDENT_TWICE : SNILS_TWICE, first.row())));
            }
        }
        Map<Snils, Integer> representativeRows = new HashMap<>();
        Map<Snils, PersonDetails> representatives = new HashMap<>();
        for (CheckedStudentRow row : rows) {
            Set<Snils> ofRow = new HashSet<>();
            for (Representative representative : row.representatives()) {
                Snils snils = representative.person().snils();
                String column = snilsColumn(representative);
                CheckedStudentRow student = students.get(snils);
                PersonDetails seen = representatives.putIfAbsent(snils, representative.person());
                if (!ofRow.add(snils)) {
                    errors.add(new RowError(row.row(), column, SAME_REPRESENTATIVE));
                } else if (student != null) {
                    errors.add(new RowError(row.row(), column, String.format(SNILS_OF_STUDENT, student.row())));
                } else if (seen != null && !samePerson(seen, representative.person())) {
                    errors.add(new RowError(row.row(), column, String.format(SNILS_TWICE, representativeRows.get(snils))));
                } else {
                    representativeRows.putIfAbsent(snils, row.row());
                }
            }
        }
    }

    private static boolean samePerson(PersonDetails first, PersonDetails second) {
        return SearchKey.of(first.name().full()).equals(SearchKey.of(second.name().full()))
                && Objects.equals(first.birthDate(), second.birthDate());
    }

    private static String snilsColumn(Representative representative) {
        return StudentColumn.REPRESENTATIVES.get(representative.number() - 1).snils().header();
    }

    /** Every SNILS of the checked rows: students' and representatives'. */
    public Set<Snils> snils() {
        Set<Snils> all = new LinkedHashSet<>();
        rows.forEach(row -> {
            all.add(row.student().snils());
            row.representatives().forEach(r -> all.add(r.person().snils()));
        });
        return all;
    }

    /** Adds a problem for every SNILS of a row that is on the card of somebody else ({@code cards} by SNILS). */
    public void compareWith(Map<Snils, Person> cards) {
        for (CheckedStudentRow row : rows) {
            if (!describes(cards.get(row.student().snils()), row.student())) {
                errors.add(new RowError(row.row(), StudentColumn.SNILS.header(), SNILS_OF_ANOTHER));
            }
            for (Representative representative : row.representatives()) {
                if (!describes(cards.get(representative.person().snils()), representative.person())) {
                    errors.add(new RowError(row.row(), snilsColumn(representative), SNILS_OF_ANOTHER));
                }
            }
        }
    }

    private static boolean describes(Person card, PersonDetails details) {
        return card == null || card.isDescribedBy(details.name(), details.birthDate());
    }

    /** Adds a problem for every row whose class is not among the year's classes ({@code known} names, «5А»). */
    public void requireClasses(Set<String> known, String yearLabel) {
        for (CheckedStudentRow row : rows) {
            if (!known.contains(row.className())) {
                errors.add(new RowError(row.row(), StudentColumn.CLASS.header(), "Класса " + row.className()
                        + " нет в учебном году " + yearLabel + ": сначала добавьте его на шаге «Классы»"));
            }
        }
    }

    /**
     * Adds a problem for every row whose student is in another class on the arrival date ({@code classOf}: the
     * class name each student SNILS is in then, when in any): a transfer is a movement, not an import.
     */
    public void refuseOtherClasses(Map<Snils, String> classOf) {
        for (CheckedStudentRow row : rows) {
            String current = classOf.get(row.student().snils());
            if (current != null && !current.equals(row.className())) {
                errors.add(new RowError(row.row(), StudentColumn.CLASS.header(), "Обучающийся уже числится в классе "
                        + current + ": для перехода в другой класс оформите перевод на странице класса"));
            }
        }
    }

    /** The rows without any problem, in the file's order. */
    public List<CheckedStudentRow> validRows() {
        Set<Integer> refused = errors.stream().map(RowError::row).collect(Collectors.toSet());
        return rows.stream().filter(row -> !refused.contains(row.row())).toList();
    }

    /** How many rows have a problem. */
    public int refusedRows() {
        return (int) errors.stream().map(RowError::row).distinct().count();
    }

    /** Every problem found so far. */
    public List<RowError> errors() {
        return List.copyOf(errors);
    }
}
