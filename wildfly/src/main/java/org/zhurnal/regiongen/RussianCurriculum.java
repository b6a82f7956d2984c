package org.zhurnal.regiongen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly hours per subject and grade, close to the federal basic curricula (ФОП НОО/ООО/СОО, five-day
 * week). Subjects marked {@code split} are taught in two groups (English from grade 2, informatics).
 */
final class RussianCurriculum {

    record Line(String subject, String shortName, int hoursPerWeek, boolean split) {
    }

    private static final Map<Integer, List<Line>> BY_GRADE = new LinkedHashMap<>();

    static {
        BY_GRADE.put(1, List.of(l("Русский язык", 5), l("Литературное чтение", 4), l("Математика", 4),
                l("Окружающий мир", 2), l("Музыка", 1), l("Изобразительное искусство", 1),
                l("Труд (технология)", 1), l("Физическая культура", 2)));
        List<Line> primary = List.of(l("Русский язык", 5), l("Литературное чтение", 4), s("Английский язык", 2),
                l("Математика", 4), l("Окружающий мир", 2), l("Музыка", 1), l("Изобразительное искусство", 1),
                l("Труд (технология)", 1), l("Физическая культура", 2));
        BY_GRADE.put(2, primary);
        BY_GRADE.put(3, primary);
        BY_GRADE.put(4, primary);
        BY_GRADE.put(5, List.of(l("Русский язык", 5), l("Литература", 3), s("Английский язык", 3),
                l("Математика", 5), l("История", 2), l("География", 1), l("Биология", 1), l("Музыка", 1),
                l("Изобразительное искусство", 1), l("Труд (технология)", 2), l("Физическая культура", 2)));
        BY_GRADE.put(6, List.of(l("Русский язык", 6), l("Литература", 3), s("Английский язык", 3),
                l("Математика", 5), l("История", 2), l("Обществознание", 1), l("География", 1), l("Биология", 1),
                l("Музыка", 1), l("Изобразительное искусство", 1), l("Труд (технология)", 2),
                l("Физическая культура", 2)));
        BY_GRADE.put(7, List.of(l("Русский язык", 4), l("Литература", 2), s("Английский язык", 3),
                l("Алгебра", 3), l("Геометрия", 2), s("Информатика", 1), l("История", 2), l("Обществознание", 1),
                l("География", 2), l("Биология", 1), l("Физика", 2), l("Музыка", 1),
                l("Изобразительное искусство", 1), l("Труд (технология)", 2), l("Физическая культура", 2)));
        BY_GRADE.put(8, List.of(l("Русский язык", 3), l("Литература", 2), s("Английский язык", 3),
                l("Алгебра", 3), l("Геометрия", 2), s("Информатика", 1), l("История", 2), l("Обществознание", 1),
                l("География", 2), l("Биология", 2), l("Физика", 2), l("Химия", 2), l("Музыка", 1),
                l("Труд (технология)", 1), l("ОБЗР", 1), l("Физическая культура", 2)));
        BY_GRADE.put(9, List.of(l("Русский язык", 3), l("Литература", 3), s("Английский язык", 3),
                l("Алгебра", 3), l("Геометрия", 2), s("Информатика", 1), l("История", 2), l("Обществознание", 1),
                l("География", 2), l("Биология", 2), l("Физика", 3), l("Химия", 2), l("Труд (технология)", 1),
                l("ОБЗР", 1), l("Физическая культура", 2)));
        List<Line> senior = List.of(l("Русский язык", 2), l("Литература", 3), s("Английский язык", 3),
                l("Алгебра", 3), l("Геометрия", 2), s("Информатика", 1), l("История", 2), l("Обществознание", 2),
                l("География", 1), l("Биология", 1), l("Физика", 2), l("Химия", 1), l("ОБЗР", 1),
                l("Физическая культура", 2));
        BY_GRADE.put(10, senior);
        BY_GRADE.put(11, senior);
    }

    private RussianCurriculum() {
    }

    static List<Line> forGrade(int grade) {
        return BY_GRADE.get(grade);
    }

    /** Every subject of the curriculum, once, in first-use order. */
    static List<String> subjects() {
        List<String> names = new ArrayList<>();
        BY_GRADE.values().forEach(lines -> lines.forEach(line -> {
            if (!names.contains(line.subject())) {
                names.add(line.subject());
            }
        }));
        return names;
    }

    /** Teaching weeks of the year: 33 in grade 1, 34 otherwise. */
    static int weeks(int grade) {
        return grade == 1 ? 33 : 34;
    }

    private static Line l(String subject, int hours) {
        return new Line(subject, shortName(subject), hours, false);
    }

    private static Line s(String subject, int hours) {
        return new Line(subject, shortName(subject), hours, true);
    }

    static String shortName(String subject) {
        return switch (subject) {
            case "Русский язык" -> "Рус. яз.";
            case "Литературное чтение" -> "Лит. чт.";
            case "Литература" -> "Лит-ра";
            case "Математика" -> "Матем.";
            case "Окружающий мир" -> "Окр. мир";
            case "Изобразительное искусство" -> "ИЗО";
            case "Труд (технология)" -> "Труд";
            case "Физическая культура" -> "Физ-ра";
            case "Английский язык" -> "Англ. яз.";
            case "Информатика" -> "Информ.";
            case "Обществознание" -> "Общ-ние";
            case "География" -> "Геогр.";
            case "Биология" -> "Биол.";
            case "Геометрия" -> "Геом.";
            default -> subject;
        };
    }
}
