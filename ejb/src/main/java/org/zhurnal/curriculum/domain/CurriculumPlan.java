package org.zhurnal.curriculum.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * A school's curriculum for one academic year, drawn up as a whole and stored in place of the previous
 * one. It guards that every line names a grade from 1 to 11, a subject the school may teach (the region's
 * catalogue or its own) and a sensible number of hours a year, and that a subject appears at most once
 * per grade. Refusals name the line (from 1) in the field {@code items}.
 */
public final class CurriculumPlan {

    static final String FIELD = "items";

    /** One line as given: any part may be missing. */
    public record Line(Integer grade, Long subjectId, Integer hoursPerYear) {
    }

    private final Long academicYearId;
    private final List<CurriculumItem> items;

    private CurriculumPlan(Long academicYearId, List<CurriculumItem> items) {
        this.academicYearId = academicYearId;
        this.items = List.copyOf(items);
    }

    /** The plan of the lines in their order; {@code subjects} are those the lines refer to, by id. */
    public static CurriculumPlan draw(Long academicYearId, Long schoolId, List<Line> lines, Map<Long, Subject> subjects) {
        Objects.requireNonNull(academicYearId, "academicYearId");
        List<CurriculumItem> items = new ArrayList<>();
        Map<String, Integer> lineOfGradeAndSubject = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            Line line = Objects.requireNonNullElse(lines.get(i), new Line(null, null, null));
            Subject subject = checked(line, number, schoolId, subjects);
            Integer first = lineOfGradeAndSubject.putIfAbsent(line.grade() + "/" + subject.id(), number);
            if (first != null) {
                throw refusal(number, "«" + subject.name() + "» в " + line.grade() + " классе уже есть в строке " + first);
            }
            items.add(new CurriculumItem(academicYearId, line.grade(), subject.id(), line.hoursPerYear()));
        }
        return new CurriculumPlan(academicYearId, items);
    }

    private static Subject checked(Line line, int number, Long schoolId, Map<Long, Subject> subjects) {
        if (line.grade() == null || line.grade() < CurriculumItem.FIRST_GRADE || line.grade() > CurriculumItem.LAST_GRADE) {
            throw refusal(number, "укажите класс от " + CurriculumItem.FIRST_GRADE + " до " + CurriculumItem.LAST_GRADE);
        }
        Subject subject = line.subjectId() == null ? null : subjects.get(line.subjectId());
        if (subject == null || !subject.isUsableAt(schoolId)) {
            throw refusal(number, "предмет не найден");
        }
        if (line.hoursPerYear() == null || line.hoursPerYear() < 1
                || line.hoursPerYear() > CurriculumItem.MAX_HOURS_PER_YEAR) {
            throw refusal(number, "часов в год — от 1 до " + CurriculumItem.MAX_HOURS_PER_YEAR);
        }
        return subject;
    }

    private static InvalidInputException refusal(int line, String message) {
        return new InvalidInputException(FIELD, "Строка " + line + ": " + message);
    }

    public Long academicYearId() {
        return academicYearId;
    }

    public List<CurriculumItem> items() {
        return items;
    }
}
