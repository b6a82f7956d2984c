package org.zhurnal.it.support;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.domain.Inn;
import org.zhurnal.school.domain.Ogrn;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * Fresh, valid identifiers (INN, OGRN, SNILS with correct check digits) and actors for tests that share
 * one database: every test makes its own data, so tests never depend on each other or on their order.
 */
public final class RegionTestData {

    public static final String ISSUER = "https://keycloak.test/realms/zhurnal";
    public static final Actor REGION_ADMIN = actor("it-region-admin", new PersonName("Соколова", "Ирина", "Павловна"),
            Role.REGION_ADMIN);
    public static final Actor TEACHER = actor("it-teacher", new PersonName("Иванова", "Мария", "Петровна"),
            Role.TEACHER, Role.CLASS_TEACHER);
    public static final Actor PARENT = actor("it-parent", new PersonName("Петров", "Сергей", "Николаевич"), Role.PARENT);
    public static final Actor JOURNAL_ADMIN = actor("it-journal-admin", new PersonName("Кузнецов", "Андрей", "Сергеевич"),
            Role.JOURNAL_ADMIN);

    private RegionTestData() {
    }

    public static Actor actor(String subject, PersonName name, Role... roles) {
        return new Actor(ISSUER, subject, name, Set.of(roles));
    }

    /** A legal entity's INN with a correct check digit. */
    public static String inn() {
        String nine = "24" + digits(7);
        return nine + Inn.checkDigit(nine);
    }

    public static String ogrn() {
        String twelve = "10224" + digits(7);
        return twelve + Ogrn.checkDigit(twelve);
    }

    /** Eleven digits with a correct checksum (never one of the early numbers without checksum). */
    public static String snils() {
        String nine = (1 + ThreadLocalRandom.current().nextInt(9)) + digits(8);
        return nine + String.format("%02d", Snils.checksum(nine));
    }

    /** "112-233-445 95" for "11223344595". */
    public static String formatted(String snilsDigits) {
        return Snils.parse(snilsDigits).formatted();
    }

    /**
     * A short random tag that makes names unique in the shared database. It starts with 9, so it is never
     * the start of a test INN (those start with 24) when searched for.
     */
    public static String tag() {
        return "9" + digits(5);
    }

    /** Asserts that a business refusal names this input field. */
    public static void hasField(Throwable refusal, String field) {
        org.assertj.core.api.Assertions.assertThat(((BusinessException) refusal).field()).contains(field);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
