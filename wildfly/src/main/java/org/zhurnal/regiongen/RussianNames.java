package org.zhurnal.regiongen;

import java.util.List;
import java.util.SplittableRandom;

/** Common Russian surnames, given names and patronymics, in their male and female forms. */
final class RussianNames {

    private static final List<String> SURNAMES = List.of(
            "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
            "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
            "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
            "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
            "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков",
            "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов",
            "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров");
    private static final List<String> MALE_NAMES = List.of(
            "Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил",
            "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван", "Денис", "Евгений", "Даниил", "Тимофей",
            "Владислав", "Игорь", "Владимир", "Павел", "Руслан", "Марк", "Константин", "Тимур", "Олег", "Глеб");
    private static final List<String> FEMALE_NAMES = List.of(
            "Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Наталья", "Марина", "Полина", "София",
            "Дарья", "Алиса", "Ксения", "Александра", "Елена", "Ольга", "Татьяна", "Ирина", "Варвара",
            "Вероника", "Арина", "Юлия", "Валерия", "Евгения", "Светлана", "Кристина", "Ульяна", "Милана");
    private static final List<String> FATHER_NAMES = List.of(
            "Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Иван", "Михаил", "Евгений", "Владимир",
            "Павел", "Игорь", "Олег", "Николай", "Роман", "Юрий", "Виктор", "Константин", "Денис", "Максим");

    private RussianNames() {
    }

    record FullName(String surname, String givenName, String patronymic) {
    }

    static FullName random(SplittableRandom random, boolean male) {
        return named(pick(random, SURNAMES), random, male);
    }

    /** A person of this family: the surname in the right form for the sex. */
    static FullName named(String familySurname, SplittableRandom random, boolean male) {
        String given = pick(random, male ? MALE_NAMES : FEMALE_NAMES);
        return new FullName(surname(familySurname, male), given, patronymic(pick(random, FATHER_NAMES), male));
    }

    static String familySurname(SplittableRandom random) {
        return pick(random, SURNAMES);
    }

    static String fatherName(SplittableRandom random) {
        return pick(random, FATHER_NAMES);
    }

    static FullName child(String familySurname, String fatherGivenName, SplittableRandom random, boolean male) {
        return new FullName(surname(familySurname, male), pick(random, male ? MALE_NAMES : FEMALE_NAMES),
                patronymic(fatherGivenName, male));
    }

    static String surname(String masculine, boolean male) {
        if (male) {
            return masculine;
        }
        if (masculine.endsWith("ий")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        return masculine + "а";
    }

    static String patronymic(String father, boolean male) {
        String stem;
        String suffixMale;
        String suffixFemale;
        if (father.endsWith("ий")) {
            stem = father.substring(0, father.length() - 2);
            suffixMale = "ьевич";
            suffixFemale = "ьевна";
        } else if (father.endsWith("й")) {
            stem = father.substring(0, father.length() - 1);
            suffixMale = "евич";
            suffixFemale = "евна";
        } else if (father.equals("Никита") || father.equals("Илья")) {
            stem = father.substring(0, father.length() - 1);
            suffixMale = "ич";
            suffixFemale = "ична";
        } else {
            stem = father;
            suffixMale = "ович";
            suffixFemale = "овна";
        }
        return stem + (male ? suffixMale : suffixFemale);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
