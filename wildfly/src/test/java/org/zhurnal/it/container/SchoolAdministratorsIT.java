package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.JOURNAL_ADMIN;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
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
import org.zhurnal.people.domain.ProtectedSnils;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.school.application.AdministratorItem;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolAdministrators;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;

/** Appointing journal administrators: person cards by SNILS, SNILS encrypted at rest, positions, audit chain. */
@ExtendWith(ArquillianExtension.class)
class SchoolAdministratorsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SchoolAdministratorsIT.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolAdministrators administrators;

    @Inject
    SnilsProtector snilsProtector;

    @Inject
    AuditLog audit;

    @Test
    void appointingStoresTheSnilsOnlyEncryptedAndAuditsWithoutIt() {
        long school = school();
        String snils = RegionTestData.snils();
        AdministratorItem appointed = administrators.appoint(REGION_ADMIN, school, card("Кузнецов", RegionTestData.formatted(snils)));

        assertThat(appointed.displayName()).isEqualTo("Кузнецов Андрей Сергеевич");
        assertThat(schools.get(REGION_ADMIN, school).administrators()).containsExactly(appointed);
        String row = Db.column(db, "SELECT p::text FROM person p WHERE id = ?", appointed.personId()).get(0);
        assertThat(row).doesNotContain(snils).doesNotContain(snils.substring(0, 9))
                .doesNotContain(RegionTestData.formatted(snils));
        String cipherHex = Db.column(db, "SELECT encode(snils_cipher, 'hex') FROM person WHERE id = ?",
                appointed.personId()).get(0);
        String hashHex = Db.column(db, "SELECT encode(snils_hash, 'hex') FROM person WHERE id = ?",
                appointed.personId()).get(0);
        ProtectedSnils stored = new ProtectedSnils(HexFormat.of().parseHex(cipherHex), HexFormat.of().parseHex(hashHex));
        assertThat(snilsProtector.reveal(stored)).isEqualTo(Snils.parse(snils));

        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'PERSON' AND object_id = ?",
                appointed.personId().toString())).containsExactly("person.card-created");
        assertThat(Db.column(db, "SELECT a.action FROM audit_event a JOIN staff_position sp ON a.object_id = sp.id::text "
                + "WHERE a.object_type = 'STAFF_POSITION' AND sp.school_id = ? AND a.actor_subject = ?",
                school, REGION_ADMIN.subject())).containsExactly("staff.appointed");
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event a WHERE a::text LIKE ?", "%" + snils.substring(0, 9) + "%"))
                .isZero();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theSameSnilsReusesThePersonCardAtAnotherSchool() {
        String snils = RegionTestData.snils();
        AdministratorItem first = administrators.appoint(REGION_ADMIN, school(), card("Кузнецов", snils));
        AdministratorItem second = administrators.appoint(REGION_ADMIN, school(),
                new PersonCardInput("КУЗНЕЦОВ", "андрей", null, null, RegionTestData.formatted(snils)));

        assertThat(second.personId()).isEqualTo(first.personId());
        assertThat(Db.count(db, "SELECT count(*) FROM person WHERE snils_hash = (SELECT snils_hash FROM person WHERE id = ?)",
                first.personId())).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM staff_position WHERE person_id = ? AND position = 'JOURNAL_ADMIN'",
                first.personId())).isEqualTo(2);
    }

    @Test
    void aSnilsOnSomebodyElsesCardOrASecondAppointmentIsAConflictAndWritesNothing() {
        long school = school();
        String snils = RegionTestData.snils();
        AdministratorItem appointed = administrators.appoint(REGION_ADMIN, school, card("Кузнецов", snils));
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");

        assertThatThrownBy(() -> administrators.appoint(REGION_ADMIN, school, card("Кузнецова", snils)))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "snils"));
        assertThatThrownBy(() -> administrators.appoint(REGION_ADMIN, school, card("Кузнецов", snils)))
                .isInstanceOf(ConflictException.class).hasMessage("Этот человек уже администратор журнала этой школы");
        assertThat(Db.count(db, "SELECT count(*) FROM staff_position WHERE person_id = ?", appointed.personId()))
                .isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
    }

    @Test
    void onlyTheRegionAdministratorAppointsAndRemoves() {
        long school = school();
        String snils = RegionTestData.snils();
        long personsBefore = Db.count(db, "SELECT count(*) FROM person");
        assertThatThrownBy(() -> administrators.appoint(TEACHER, school, card("Кузнецов", snils)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administrators.appoint(JOURNAL_ADMIN, school, card("Кузнецов", snils)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(personsBefore);

        AdministratorItem appointed = administrators.appoint(REGION_ADMIN, school, card("Кузнецов", snils));
        assertThatThrownBy(() -> administrators.remove(TEACHER, school, appointed.personId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(schools.get(REGION_ADMIN, school).administrators()).containsExactly(appointed);
    }

    @Test
    void removingEndsThePositionTodayAndKeepsItAsHistory() {
        long school = school();
        AdministratorItem appointed = administrators.appoint(REGION_ADMIN, school, card("Кузнецов", RegionTestData.snils()));
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Krasnoyarsk"));
        administrators.remove(REGION_ADMIN, school, appointed.personId());
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Krasnoyarsk"));

        assertThat(schools.get(REGION_ADMIN, school).administrators()).isEmpty();
        assertThat(LocalDate.parse(Db.column(db, "SELECT valid_to FROM staff_position WHERE school_id = ? AND person_id = ?",
                school, appointed.personId()).get(0))).isBetween(before, after);
        assertThatThrownBy(() -> administrators.remove(REGION_ADMIN, school, appointed.personId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'STAFF_POSITION' AND object_id IN "
                + "(SELECT id::text FROM staff_position WHERE school_id = ?) ORDER BY id", school))
                .containsExactly("staff.appointed", "staff.appointment-ended");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aWrongSnilsOrAnUnknownSchoolIsRefused() {
        String snils = RegionTestData.snils();
        String wrong = snils.substring(0, 9) + String.format("%02d", (Integer.parseInt(snils.substring(9)) + 1) % 100);
        assertThatThrownBy(() -> administrators.appoint(REGION_ADMIN, school(), card("Кузнецов", wrong)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Неверный СНИЛС: проверьте номер")
                .satisfies(e -> hasField(e, "snils"));
        assertThatThrownBy(() -> administrators.appoint(REGION_ADMIN, Long.MAX_VALUE, card("Кузнецов", snils)))
                .isInstanceOf(NotFoundException.class).hasMessage("Школа не найдена");
    }

    @Test
    void aTamperedAuditEventIsFoundByTheVerifier() {
        administrators.appoint(REGION_ADMIN, school(), card("Кузнецов", RegionTestData.snils()));
        assertThat(audit.verify().intact()).as("verifying seals what is committed").isTrue();
        long seq = Db.count(db, "SELECT max(seq) FROM audit_event");
        String subject = Db.column(db, "SELECT actor_subject FROM audit_event WHERE seq = ?", seq).get(0);
        assertThatThrownBy(() -> Db.update(db, "UPDATE audit_event SET actor_subject = 'someone-else' WHERE seq = ?", seq))
                .as("the database refuses to change a sealed event").hasStackTraceContaining("never changed");
        assertThatThrownBy(() -> Db.update(db, "DELETE FROM audit_event WHERE seq = ?", seq))
                .hasStackTraceContaining("never deleted");
        // someone who can switch the guard off (the table's owner) is still found out by the chain
        try {
            Db.update(db, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_seal_only");
            Db.update(db, "UPDATE audit_event SET actor_subject = 'someone-else' WHERE seq = ?", seq);
            assertThat(audit.verify().intact()).isFalse();
            assertThat(audit.verify().firstBrokenSeq()).hasValue(seq);
        } finally {
            Db.update(db, "UPDATE audit_event SET actor_subject = ? WHERE seq = ?", subject, seq);
            Db.update(db, "ALTER TABLE audit_event ENABLE TRIGGER audit_event_seal_only");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private long school() {
        return schools.create(REGION_ADMIN, new NewSchool("Школа для назначений " + RegionTestData.tag(), "Школа",
                RegionTestData.inn(), null, null, null)).id();
    }

    private static PersonCardInput card(String surname, String snils) {
        return new PersonCardInput(surname, "Андрей", "Сергеевич", "1980-05-04", snils);
    }
}
