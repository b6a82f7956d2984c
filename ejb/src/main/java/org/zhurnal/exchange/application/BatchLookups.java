package org.zhurnal.exchange.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.exchange.persistence.ContingentLookup;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.application.CurrentRegion;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * The schools, years and classes one import batch names, each looked up once per batch (a thousand arrivals
 * into a few classes are a few look-ups, not three thousand). Lives for one transaction.
 */
final class BatchLookups {

    private record ClassKey(Long schoolId, LocalDate date, int grade, String letter) {
    }

    private final ContingentLookup lookup;
    private final CurrentRegion region;
    private final AdministeredSchools schools;
    private final SchoolClasses classes;
    private final AcademicYears years;
    private final Actor actor;

    private final Map<String, Long> schoolIds = new HashMap<>();
    private final Map<Long, School> administered = new HashMap<>();
    private final Map<ClassKey, SchoolClass> classByName = new HashMap<>();
    private final Map<Long, AcademicYear> yearOfClass = new HashMap<>();

    BatchLookups(ContingentLookup lookup, CurrentRegion region, AdministeredSchools schools, SchoolClasses classes,
                 AcademicYears years, Actor actor) {
        this.lookup = lookup;
        this.region = region;
        this.schools = schools;
        this.classes = classes;
        this.years = years;
        this.actor = actor;
    }

    Long schoolId(String inn) {
        return schoolIds.computeIfAbsent(inn, key -> region.find().flatMap(r -> lookup.schoolByInn(r.id(), key))
                .orElseThrow(() -> new InvalidInputException("schoolInn", "Школа с ИНН " + key + " не найдена в регионе")));
    }

    /** The school, the actor's right to administer it checked (once per batch). */
    School school(Long schoolId) {
        return administered.computeIfAbsent(schoolId, id -> schools.require(actor, id));
    }

    Long yearId(Long schoolId, LocalDate date) {
        return lookup.yearOn(schoolId, date).orElseThrow(() -> new InvalidInputException("effectiveDate",
                "У школы нет учебного года, который включает дату " + date));
    }

    Long classId(Long schoolId, LocalDate date, int grade, String letter) {
        return schoolClass(schoolId, date, grade, letter).id();
    }

    SchoolClass schoolClass(Long schoolId, LocalDate date, int grade, String letter) {
        return classByName.computeIfAbsent(new ClassKey(schoolId, date, grade, letter), key -> {
            Long classId = lookup.classOf(yearId(schoolId, date), grade, letter).orElseThrow(() -> new InvalidInputException(
                    "class", "Класса " + grade + letter + " нет в школе в учебном году на дату " + date));
            return classes.find(classId).orElseThrow();
        });
    }

    AcademicYear yearOf(SchoolClass schoolClass) {
        return yearOfClass.computeIfAbsent(schoolClass.id(),
                id -> years.find(schoolClass.schoolId(), schoolClass.academicYearId()).orElseThrow());
    }
}
