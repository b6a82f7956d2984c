package org.zhurnal.classes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.school.domain.Position;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.StaffPosition;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.RussianDates;

/**
 * A class of a school's academic year («5А») and its groups. It guards the grade and letter rules, that
 * its class teacher is on the school's staff now, and that its groups have different names. Who is in
 * the class at a date is not stored here: it follows from the students' enrolment events.
 */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    /** Positions whose holders teach; a class teacher is one of them once the school has any. */
    static final List<Position> TEACHING = List.of(Position.TEACHER);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "academic_year_id", nullable = false, updatable = false)
    private Long academicYearId;

    @Column(nullable = false, updatable = false)
    private short grade;

    @Column(nullable = false, updatable = false, length = 3)
    private String letter;

    @Column(name = "class_teacher_person_id")
    private Long classTeacherPersonId;

    @OneToMany(mappedBy = "schoolClass", cascade = CascadeType.PERSIST)
    @OrderBy("name")
    private List<ClassGroup> groups = new ArrayList<>();

    protected SchoolClass() {
        // for JPA
    }

    /** A new class of the year, at the year's school. */
    public static SchoolClass open(AcademicYear year, ClassName name) {
        SchoolClass schoolClass = new SchoolClass();
        schoolClass.schoolId = Objects.requireNonNull(year.schoolId(), "schoolId");
        schoolClass.academicYearId = year.id();
        schoolClass.grade = (short) name.grade();
        schoolClass.letter = name.letter();
        return schoolClass;
    }

    /**
     * Makes the person the class teacher. They must hold a teaching position at the school now; while the
     * school has nobody in a teaching position yet (staff not set up), any current position will do.
     */
    public void assignClassTeacher(School school, Long personId) {
        if (!Objects.equals(school.id(), schoolId)) {
            throw new IllegalArgumentException("school " + school.id() + " is not the class's school");
        }
        List<StaffPosition> current = school.positions().stream().filter(StaffPosition::isCurrent).toList();
        boolean schoolHasTeachers = current.stream().anyMatch(p -> TEACHING.contains(p.position()));
        boolean eligible = current.stream().anyMatch(p -> p.personId().equals(personId)
                && (!schoolHasTeachers || TEACHING.contains(p.position())));
        if (!eligible) {
            throw new InvalidInputException("classTeacherPersonId",
                    "Классным руководителем можно назначить только учителя этой школы");
        }
        classTeacherPersonId = personId;
    }

    /** Adds a group; names are unique in the class regardless of case and «ё». */
    public ClassGroup addGroup(String name) {
        ClassGroup group = new ClassGroup(this, name);
        if (groups.stream().anyMatch(existing -> existing.isNamed(group.name()))) {
            throw new ConflictException("name", "В классе уже есть группа «" + group.name() + "»");
        }
        groups.add(group);
        return group;
    }

    /** Whether a student may arrive in this class on that date: the date lies in the class's year. */
    public void requireInYear(AcademicYear year, LocalDate date, String field) {
        if (!Objects.equals(year.id(), academicYearId)) {
            throw new IllegalArgumentException("year " + year.id() + " is not the class's year");
        }
        if (!year.dates().contains(date)) {
            throw new InvalidInputException(field, "Дата должна быть внутри учебного года класса "
                    + name() + " (" + RussianDates.format(year.dates().startsOn()) + " – " + RussianDates.format(year.dates().endsOn()) + ")");
        }
    }

    public Optional<ClassGroup> group(Long groupId) {
        return groups.stream().filter(group -> group.id() != null && group.id().equals(groupId)).findFirst();
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long academicYearId() {
        return academicYearId;
    }

    public ClassName name() {
        return new ClassName(grade, letter);
    }

    public Optional<Long> classTeacherPersonId() {
        return Optional.ofNullable(classTeacherPersonId);
    }

    public List<ClassGroup> groups() {
        return List.copyOf(groups);
    }
}
