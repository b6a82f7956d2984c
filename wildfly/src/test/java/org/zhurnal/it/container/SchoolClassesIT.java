package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.school.application.AdministratorItem;
import org.zhurnal.school.application.SchoolAdministrators;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;

/** Opening classes and groups through the real service, EAR and PostgreSQL: stored whole or not at all. */
@ExtendWith(ArquillianExtension.class)
class SchoolClassesIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SchoolClassesIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SchoolAdministrators administrators;

    @Inject
    SchoolClassService classes;

    @Inject
    AuditLog audit;

    @Test
    void regionAdministratorOpensAClassWithItsTeacherAndItIsListed() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        long teacher = data.teacher(db, "Иванова", "Мария", "Петровна");

        ClassItem fiveA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, " а ", teacher));
        classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 1, "Б", null));

        assertThat(fiveA.name()).isEqualTo("5А");
        assertThat(fiveA.classTeacher()).isEqualTo(new PersonItem(teacher, "Иванова Мария Петровна", null));
        assertThat(fiveA.studentCount()).isZero();
        assertThat(classes.classes(REGION_ADMIN, data.school(), data.year())).extracting(ClassItem::name)
                .containsExactly("1Б", "5А");
        assertThat(classes.classes(REGION_ADMIN, data.school(), null)).as("the year that includes today, or the newest")
                .hasSize(2);
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'SCHOOL_CLASS' AND object_id = ?",
                fiveA.id().toString())).containsExactly("class.created");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDuplicateOrWrongClassIsRefusedNamingTheFieldAndNothingIsWritten() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassesTestData other = ClassesTestData.create(schools, calendar);
        classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "А", null));
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");

        assertThatThrownBy(() -> classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "а", null)))
                .isInstanceOf(ConflictException.class).hasMessage("Класс 5А уже есть в этом учебном году")
                .satisfies(e -> hasField(e, "letter"));
        assertThatThrownBy(() -> classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 12, "А", null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "grade"));
        assertThatThrownBy(() -> classes.create(REGION_ADMIN, data.school(), new NewClass(other.year(), 6, "А", null)))
                .as("another school's year").isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "yearId"));
        assertThatThrownBy(() -> classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 6, "А", 1L)))
                .as("not on the school's staff").satisfies(e -> hasField(e, "classTeacherPersonId"));

        assertThat(Db.count(db, "SELECT count(*) FROM school_class WHERE school_id = ?", data.school())).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
    }

    @Test
    void onceTheSchoolHasTeachersOnlyATeacherLeadsAClass() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        AdministratorItem admin = administrators.appoint(REGION_ADMIN, data.school(), new PersonCardInput("Кузнецов",
                "Андрей", "Сергеевич", null, RegionTestData.snils()));
        ClassItem oneA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 1, "А", admin.personId()));
        assertThat(oneA.classTeacher().personId()).as("no teachers recorded yet: any staff member")
                .isEqualTo(admin.personId());

        data.teacher(db, "Орлова", "Наталья", "Игоревна");
        assertThatThrownBy(() -> classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 2, "А",
                admin.personId()))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Классным руководителем можно назначить только учителя этой школы");
    }

    @Test
    void groupsHaveDifferentNamesInAClass() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassItem fiveA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "А", null));

        classes.addGroup(REGION_ADMIN, fiveA.id(), "Английский язык, группа 1");
        assertThatThrownBy(() -> classes.addGroup(REGION_ADMIN, fiveA.id(), "английский язык, группа 1"))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "name"));
        assertThat(classes.roster(REGION_ADMIN, fiveA.id(), LocalDate.parse("2026-09-01")).groups())
                .extracting(g -> g.name()).containsExactly("Английский язык, группа 1");
        assertThat(Db.count(db, "SELECT count(*) FROM class_group WHERE school_class_id = ?", fiveA.id())).isEqualTo(1);
        assertThatThrownBy(() -> classes.addGroup(REGION_ADMIN, Long.MAX_VALUE, "Группа"))
                .isInstanceOf(NotFoundException.class).hasMessage("Класс не найден");
    }
}
