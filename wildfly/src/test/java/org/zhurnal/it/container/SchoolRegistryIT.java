package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.PARENT;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
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
import org.zhurnal.school.application.MunicipalityItem;
import org.zhurnal.school.application.MunicipalityService;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolDetails;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/** Municipalities and schools through the real services on the real EAR and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SchoolRegistryIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SchoolRegistryIT.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    MunicipalityService municipalities;

    @Inject
    SchoolService schools;

    @Inject
    AuditLog audit;

    @Test
    void regionAdministratorAddsAMunicipalityAndASchoolInIt() {
        String tag = RegionTestData.tag();
        MunicipalityItem district = municipalities.create(REGION_ADMIN, "  Тестовый   район " + tag);
        assertThat(district.name()).isEqualTo("Тестовый район " + tag);
        assertThat(municipalities.list(REGION_ADMIN)).contains(district);

        String inn = RegionTestData.inn();
        SchoolDetails created = schools.create(REGION_ADMIN, new NewSchool("Средняя школа " + tag, "СШ " + tag, inn,
                RegionTestData.ogrn(), "ул. Тестовая, 1", district.id()));

        assertThat(schools.get(REGION_ADMIN, created.id())).isEqualTo(created);
        assertThat(created.municipality()).isEqualTo(district);
        assertThat(created.administrators()).isEmpty();
        assertThat(Db.column(db, "SELECT municipality_id FROM school WHERE inn = ?", inn))
                .containsExactly(district.id().toString());
        assertThat(Db.column(db, "SELECT code FROM region")).as("the region was created from configuration")
                .containsExactly("24");
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'SCHOOL' AND object_id = ? "
                + "AND actor_subject = ?", created.id().toString(), REGION_ADMIN.subject()))
                .containsExactly("school.created");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void municipalityNamesAreUniqueRegardlessOfCaseAndYo() {
        String tag = RegionTestData.tag();
        municipalities.create(REGION_ADMIN, "Посёлок " + tag);
        assertThatThrownBy(() -> municipalities.create(REGION_ADMIN, "ПОСЕЛОК " + tag))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "name"));
        assertThatThrownBy(() -> municipalities.create(REGION_ADMIN, " "))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "name"));
        assertThat(Db.count(db, "SELECT count(*) FROM municipality WHERE name LIKE ?", "%" + tag)).isEqualTo(1);
    }

    @Test
    void teachersAndParentsAreRefusedAndNothingIsWritten() {
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");
        String inn = RegionTestData.inn();
        String tag = RegionTestData.tag();
        for (Actor actor : List.of(TEACHER, PARENT)) {
            assertThatThrownBy(() -> municipalities.create(actor, "Район " + tag)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schools.create(actor, new NewSchool("Школа", "Ш", inn, null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> municipalities.list(actor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schools.search(actor, null, null, 0, 20)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schools.get(actor, 1L)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> schools.search(null, null, null, 0, 20)).isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM school WHERE inn = ?", inn)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM municipality WHERE name = ?", "Район " + tag)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
    }

    @Test
    void aSecondSchoolWithTheSameInnIsAConflictAndNotStored() {
        String inn = RegionTestData.inn();
        schools.create(REGION_ADMIN, new NewSchool("Гимназия", "Гимназия", inn, null, null, null));
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");

        assertThatThrownBy(() -> schools.create(REGION_ADMIN, new NewSchool("Другая", "Другая", inn, null, null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Школа с таким ИНН уже есть в регионе")
                .satisfies(e -> hasField(e, "inn"));
        assertThat(Db.count(db, "SELECT count(*) FROM school WHERE inn = ?", inn)).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
    }

    @Test
    void wrongInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> schools.create(REGION_ADMIN, new NewSchool("Школа", "Ш", "7707083894", null, null, null)))
                .hasMessage("Неверная контрольная сумма ИНН").satisfies(e -> hasField(e, "inn"));
        assertThatThrownBy(() -> schools.create(REGION_ADMIN,
                new NewSchool("Школа", "Ш", RegionTestData.inn(), null, null, Long.MAX_VALUE)))
                .satisfies(e -> hasField(e, "municipalityId"));
        assertThatThrownBy(() -> schools.search(REGION_ADMIN, null, null, 0, 101)).satisfies(e -> hasField(e, "size"));
    }
}
