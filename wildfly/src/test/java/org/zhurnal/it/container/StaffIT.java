package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.JOURNAL_ADMIN;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolAdministrators;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.school.application.StaffMember;
import org.zhurnal.school.application.StaffPage;
import org.zhurnal.school.application.StaffService;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;

/** A school's staff through the real services: person cards by SNILS, positions, search, audit. */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(StaffIT.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    StaffService staff;

    @Inject
    SchoolAdministrators administrators;

    @Inject
    AuditLog audit;

    @Test
    void addingAMemberOfStaffCreatesTheCardOpensThePositionsAndAuditsThem() {
        long school = school();
        StaffMember added = staff.add(REGION_ADMIN, school, card("Иванова", "Мария", RegionTestData.snils()),
                EnumSet.of(Position.TEACHER, Position.DEPUTY_DIRECTOR));

        assertThat(added.displayName()).isEqualTo("Иванова Мария Петровна");
        assertThat(added.positions()).containsExactly(Position.DEPUTY_DIRECTOR, Position.TEACHER);
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'PERSON' AND object_id = ?",
                added.personId().toString())).containsExactly("person.card-created");
        assertThat(Db.column(db, "SELECT a.action || ':' || sp.position FROM audit_event a JOIN staff_position sp "
                + "ON a.object_id = sp.id::text WHERE a.object_type = 'STAFF_POSITION' AND sp.school_id = ? ORDER BY sp.position",
                school)).containsExactly("staff.appointed:DEPUTY_DIRECTOR", "staff.appointed:TEACHER");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aJournalAdministratorIsStaffTooAndMoreOfHisPositionsAreAddedNotRepeated() {
        long school = school();
        String snils = RegionTestData.snils();
        administrators.appoint(REGION_ADMIN, school, card("Кузнецов", "Андрей", snils));
        StaffMember added = staff.add(REGION_ADMIN, school, card("Кузнецов", "Андрей", snils),
                EnumSet.of(Position.TEACHER, Position.JOURNAL_ADMIN));

        assertThat(added.positions()).containsExactly(Position.JOURNAL_ADMIN, Position.TEACHER);
        assertThat(Db.count(db, "SELECT count(*) FROM staff_position WHERE school_id = ?", school)).isEqualTo(2);
        assertThatThrownBy(() -> staff.add(REGION_ADMIN, school, card("Кузнецов", "Андрей", snils), Set.of(Position.TEACHER)))
                .isInstanceOf(ConflictException.class).hasMessage("Этот человек уже занимает эту должность в этой школе");
        assertThatThrownBy(() -> staff.add(REGION_ADMIN, school, card("Кузнецов", "Андрей", RegionTestData.snils()), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessage("Укажите хотя бы одну должность");
    }

    @Test
    void theStaffListFindsPartOfTheNameRegardlessOfCaseAndYoAPageAtATime() {
        long school = school();
        String tag = RegionTestData.tag();
        for (String surname : new String[] {"Артёмова", "Борисова", "Волкова"}) {
            staff.add(REGION_ADMIN, school, new PersonCardInput(surname, "Ольга", "Ивановна", null, RegionTestData.snils()),
                    Set.of(Position.TEACHER));
        }
        staff.add(REGION_ADMIN, school(), card("Артемова", "Ольга", RegionTestData.snils()), Set.of(Position.TEACHER));

        StaffPage first = staff.search(REGION_ADMIN, school, null, 0, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(StaffMember::displayName)
                .containsExactly("Артёмова Ольга Ивановна", "Борисова Ольга Ивановна");
        assertThat(staff.search(REGION_ADMIN, school, null, 1, 2).items()).extracting(StaffMember::displayName)
                .containsExactly("Волкова Ольга Ивановна");
        StaffPage found = staff.search(REGION_ADMIN, school, "АРТЕМОВА ольга", 0, 20);
        assertThat(found.items()).singleElement().satisfies(member -> {
            assertThat(member.displayName()).isEqualTo("Артёмова Ольга Ивановна");
            assertThat(member.positions()).containsExactly(Position.TEACHER);
        });
        assertThat(staff.search(REGION_ADMIN, school, "100%_" + tag, 0, 20).total()).isZero();
        assertThat(staff.search(REGION_ADMIN, school, null, 5, 20).items()).isEmpty();
    }

    @Test
    void aTeacherAndAnAdministratorOfNoSchoolDoNotManageStaffAndUnknownSchoolsAreNotFound() {
        long school = school();
        long before = Db.count(db, "SELECT count(*) FROM person");
        for (var actor : new org.zhurnal.shared.security.Actor[] {TEACHER, JOURNAL_ADMIN}) {
            assertThatThrownBy(() -> staff.add(actor, school, card("Иванова", "Мария", RegionTestData.snils()),
                    Set.of(Position.TEACHER))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.search(actor, school, null, 0, 20)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(before);
        assertThatThrownBy(() -> staff.search(REGION_ADMIN, Long.MAX_VALUE, null, 0, 20))
                .isInstanceOf(NotFoundException.class).hasMessage("Школа не найдена");
    }

    private long school() {
        return schools.create(REGION_ADMIN, new NewSchool("Школа для сотрудников " + RegionTestData.tag(), "Школа",
                RegionTestData.inn(), null, null, null)).id();
    }

    private static PersonCardInput card(String surname, String givenName, String snils) {
        String patronymic = surname.endsWith("а") ? "Петровна" : "Сергеевич";
        return new PersonCardInput(surname, givenName, patronymic, "1980-05-04", snils);
    }
}
