package org.zhurnal.regiongen;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Topics, homework and the kind of a lesson's control work, by subject. */
final class LessonContent {

    private static final Map<String, List<String>> TOPICS = Map.ofEntries(
            Map.entry("Математика", List.of("Натуральные числа и действия с ними", "Обыкновенные дроби",
                    "Десятичные дроби", "Проценты", "Уравнения", "Площадь и объём", "Решение текстовых задач")),
            Map.entry("Алгебра", List.of("Линейные уравнения", "Системы уравнений", "Квадратные уравнения",
                    "Функции и графики", "Неравенства", "Степень с целым показателем")),
            Map.entry("Геометрия", List.of("Треугольники", "Параллельные прямые", "Четырёхугольники",
                    "Подобие треугольников", "Окружность", "Векторы")),
            Map.entry("Русский язык", List.of("Орфограммы в корне слова", "Правописание приставок",
                    "Имя существительное", "Имя прилагательное", "Глагол", "Синтаксис и пунктуация",
                    "Сложное предложение")),
            Map.entry("Литература", List.of("Устное народное творчество", "А. С. Пушкин. Лирика",
                    "Н. В. Гоголь", "Л. Н. Толстой", "А. П. Чехов. Рассказы", "Поэзия XX века")),
            Map.entry("Английский язык", List.of("My family", "School life", "Present Simple", "Past Simple",
                    "Travelling", "Future forms")),
            Map.entry("История", List.of("Древний мир", "Средние века", "Русь в IX–XII веках",
                    "Московское государство", "Россия в XVIII веке", "Новое время")),
            Map.entry("Физика", List.of("Механическое движение", "Силы в природе", "Давление",
                    "Работа и мощность", "Тепловые явления", "Электрический ток")),
            Map.entry("Химия", List.of("Вещества и их свойства", "Атомы и молекулы", "Химические реакции",
                    "Кислоты и основания", "Соли", "Периодический закон")),
            Map.entry("Биология", List.of("Клетка", "Растения", "Животные", "Человек и его здоровье",
                    "Экосистемы")));

    private LessonContent() {
    }

    static String topic(String subject, int lessonNumber) {
        List<String> topics = TOPICS.get(subject);
        if (topics == null) {
            return subject + ". Урок " + lessonNumber;
        }
        int block = (lessonNumber - 1) / 6 % topics.size();
        return topics.get(block) + ". Урок " + ((lessonNumber - 1) % 6 + 1);
    }

    static String homework(SplittableRandom random, int lessonNumber) {
        return switch (random.nextInt(4)) {
            case 0 -> "§ " + (lessonNumber / 2 + 1) + ", вопросы 1–" + (3 + random.nextInt(4));
            case 1 -> "Упр. " + (10 + random.nextInt(500));
            case 2 -> "№ " + (100 + random.nextInt(900)) + ", " + (100 + random.nextInt(900));
            default -> "Повторить правила, выучить определения";
        };
    }

    /** The kind of a lesson's control work in this subject. */
    static String controlKind(String subject, int grade, SplittableRandom random) {
        return switch (subject) {
            case "Русский язык" -> random.nextBoolean() ? "DICTATION" : "TEST";
            case "Литература" -> grade >= 5 ? "ESSAY" : "TEST";
            case "Физика", "Химия", "Биология" -> random.nextBoolean() ? "LABORATORY" : "TEST";
            case "Информатика", "Труд (технология)" -> "PRACTICAL";
            default -> "TEST";
        };
    }

    /** The kind of an everyday mark. */
    static String everydayKind(SplittableRandom random) {
        int roll = random.nextInt(10);
        return roll < 6 ? "ANSWER" : roll < 9 ? "HOMEWORK" : "INDEPENDENT";
    }
}
