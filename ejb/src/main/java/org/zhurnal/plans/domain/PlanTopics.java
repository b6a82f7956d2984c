package org.zhurnal.plans.domain;

import java.util.ArrayList;
import java.util.List;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;

/**
 * Checks a plan's topics as a whole: every problem of every row is reported in Russian at once, and nothing is
 * taken unless all rows are right.
 */
public final class PlanTopics {

    public static final int MAX_TOPICS = 400;
    static final int MAX_TITLE = 1000;
    static final int MAX_HOMEWORK = 2000;
    static final int MAX_HOURS = 100;

    private PlanTopics() {
    }

    public static List<PlanTopic> check(List<TopicInput> inputs) {
        List<RowError> errors = new ArrayList<>();
        List<PlanTopic> topics = new ArrayList<>();
        if (inputs.size() > MAX_TOPICS) {
            errors.add(new RowError(inputs.get(MAX_TOPICS).row(), null, "В плане больше " + MAX_TOPICS + " тем"));
        }
        for (TopicInput input : inputs) {
            String title = trimmed(input.title());
            if (title == null) {
                errors.add(new RowError(input.row(), "Тема", "Не указана тема урока"));
            } else if (title.length() > MAX_TITLE) {
                errors.add(new RowError(input.row(), "Тема", "Тема длиннее " + MAX_TITLE + " символов"));
            }
            Integer hours = hours(input.hours());
            if (hours == null) {
                errors.add(new RowError(input.row(), "Часы", "Часы — целое число от 1 до " + MAX_HOURS));
            }
            TopicKind kind = TopicKind.parse(input.kind()).orElse(null);
            if (kind == null) {
                errors.add(new RowError(input.row(), "Вид", "Неизвестный вид урока «" + input.kind().strip()
                        + "»: урок, практическая работа, лабораторная работа, контрольная работа, диктант или сочинение"));
            }
            String homework = trimmed(input.homework());
            if (homework != null && homework.length() > MAX_HOMEWORK) {
                errors.add(new RowError(input.row(), "Домашнее задание", "Задание длиннее " + MAX_HOMEWORK + " символов"));
            }
            if (title != null && hours != null && kind != null) {
                topics.add(new PlanTopic(title, hours, kind, homework));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowsException(errors);
        }
        return topics;
    }

    /** The warning when the plan's hours differ from the curriculum's hours a year (null: no curriculum line). */
    public static String hoursWarning(int planHours, Integer curriculumHours, int grade) {
        if (curriculumHours == null) {
            return "Предмета нет в учебном плане " + grade + "-х классов: часы КТП не с чем сравнить";
        }
        if (planHours == curriculumHours) {
            return null;
        }
        return "В КТП " + planHours + " ч, а по учебному плану " + curriculumHours + " ч в год ("
                + (planHours < curriculumHours ? "не хватает " + (curriculumHours - planHours)
                : "лишних " + (planHours - curriculumHours)) + " ч)";
    }

    private static Integer hours(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int hours = Integer.parseInt(text.strip());
            return hours >= 1 && hours <= MAX_HOURS ? hours : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
