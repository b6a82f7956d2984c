package org.zhurnal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.text.SearchKey;
import org.zhurnal.shared.text.TextRule;

/**
 * A person card (личная карточка): who somebody is, whatever roles they have at which schools. One card
 * per SNILS. The SNILS is kept only encrypted; the card guards that names are names and the birth date
 * is plausible.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(length = 100)
    private String patronymic;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Sex sex;

    @Embedded
    private ProtectedSnils snils;

    protected Person() {
        // for JPA
    }

    /** A new card; {@code today} (in the region) bounds the birth date. Sex and birth date may be unknown. */
    public static Person register(PersonName name, LocalDate birthDate, Sex sex, ProtectedSnils snils, LocalDate today) {
        Person person = new Person();
        PersonName checked = PersonRules.name(name);
        person.surname = checked.surname();
        person.givenName = checked.givenName();
        person.patronymic = checked.patronymic().isEmpty() ? null : checked.patronymic();
        person.birthDate = PersonRules.birthDate(birthDate, today);
        person.sex = sex;
        person.snils = snils;
        return person;
    }

    /**
     * Corrects the name and the birth date (a typo, a new surname after marriage): checked as when the card was
     * made; returns the change to keep as history, or empty when nothing differs.
     */
    public Optional<PersonNameChange> correct(PersonName name, LocalDate newBirthDate, String reason,
                                              PersonNameChange.Author author, LocalDate today) {
        PersonName checked = PersonRules.name(name);
        LocalDate birth = PersonRules.birthDate(newBirthDate, today);
        PersonNameChange.REASON.required(reason);
        String newPatronymic = checked.patronymic().isEmpty() ? null : checked.patronymic();
        if (checked.surname().equals(surname) && checked.givenName().equals(givenName)
                && Objects.equals(newPatronymic, patronymic) && Objects.equals(birth, birthDate)) {
            return Optional.empty();
        }
        PersonNameChange change = PersonNameChange.of(id, name(), birthDate, checked, birth, reason, author);
        surname = checked.surname();
        givenName = checked.givenName();
        patronymic = newPatronymic;
        birthDate = birth;
        return Optional.of(change);
    }

    /**
     * Whether the details describe this card's person: the same surname and given name (regardless of
     * case and «ё»), and the same patronymic and birth date where both sides know them.
     */
    public boolean isDescribedBy(PersonName name, LocalDate otherBirthDate) {
        return sameText(surname, name.surname()) && sameText(givenName, name.givenName())
                && (patronymic == null || name.patronymic().isEmpty() || sameText(patronymic, name.patronymic()))
                && (birthDate == null || otherBirthDate == null || birthDate.equals(otherBirthDate));
    }

    private static boolean sameText(String stored, String given) {
        return SearchKey.of(stored).equals(SearchKey.of(TextRule.clean(given)));
    }

    public Long id() {
        return id;
    }

    public PersonName name() {
        return new PersonName(surname, givenName, patronymic);
    }

    /** «Фамилия Имя Отчество». */
    public String displayName() {
        return name().full();
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    public Optional<ProtectedSnils> snils() {
        return Optional.ofNullable(snils);
    }
}
