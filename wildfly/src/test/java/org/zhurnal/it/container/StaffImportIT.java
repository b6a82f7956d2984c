package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.StaffLists;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.staffimport.application.ImportCounts;
import org.zhurnal.staffimport.application.StaffImportService;
import org.zhurnal.staffimport.file.StaffFileFormat;

/** Importing staff lists through the real service, POI inside WildFly and PostgreSQL: all or nothing, idempotent. */
@ExtendWith(ArquillianExtension.class)
class StaffImportIT {

    private static final Logger LOG = Logger.getLogger(StaffImportIT.class.getName());

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(StaffImportIT.class, RegionTestData.class, Db.class, StaffLists.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    StaffImportService imports;

    @Inject
    AuditLog audit;

    @Test
    void aListWithOneBadRowIsRefusedWholeWithEveryProblemAndLeavesTheDatabaseUntouched() {
        long school = school();
        List<String> lines = new ArrayList<>(StaffLists.people(3));
        lines.add("Орлова;Наталья;;31.02.1990;123-456-789 00;завхоз");
        long persons = Db.count(db, "SELECT count(*) FROM person");
        long events = Db.count(db, "SELECT count(*) FROM audit_event");

        assertThatThrownBy(() -> imports.importFile(REGION_ADMIN, school, StaffFileFormat.CSV, StaffLists.csv(lines)))
                .isInstanceOfSatisfying(InvalidRowsException.class, refused -> assertThat(refused.errors())
                        .extracting(RowError::row, RowError::field)
                        .containsExactly(tuple(5, "Дата рождения"),
                                tuple(5, "СНИЛС"),
                                tuple(5, "Должности")));
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(persons);
        assertThat(Db.count(db, "SELECT count(*) FROM staff_position WHERE school_id = ?", school)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(events);
    }

    @Test
    void theSameListAgainChangesNothingAndANewPositionUpdatesOnlyThatPerson() {
        long school = school();
        List<String> lines = StaffLists.people(5);
        assertThat(imports.importFile(REGION_ADMIN, school, StaffFileFormat.CSV, StaffLists.csv(lines)))
                .isEqualTo(new ImportCounts(5, 0, 0));
        long positions = Db.count(db, "SELECT count(*) FROM staff_position WHERE school_id = ?", school);

        assertThat(imports.importFile(REGION_ADMIN, school, StaffFileFormat.CSV, StaffLists.csv(lines)))
                .isEqualTo(new ImportCounts(0, 0, 5));
        assertThat(Db.count(db, "SELECT count(*) FROM staff_position WHERE school_id = ?", school)).isEqualTo(positions);

        List<String> promoted = new ArrayList<>(lines);
        promoted.set(0, lines.get(0).replaceAll(";[^;]*$", ";\"учитель, директор\""));
        promoted.add(StaffLists.people(1).get(0));
        assertThat(imports.importFile(REGION_ADMIN, school, StaffFileFormat.CSV, StaffLists.csv(promoted)))
                .isEqualTo(new ImportCounts(1, 1, 4));
        assertThat(Db.count(db, "SELECT count(*) FROM person p JOIN staff_position sp ON sp.person_id = p.id "
                + "WHERE sp.school_id = ? AND sp.position = 'DIRECTOR'", school)).isEqualTo(1);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anExcelWorkbookIsImportedToo() throws IOException {
        long school = school();
        byte[] workbook = workbook(StaffLists.people(2));
        assertThat(imports.importFile(REGION_ADMIN, school, StaffFileFormat.XLSX, workbook))
                .isEqualTo(new ImportCounts(2, 0, 0));
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(
                imports.template(REGION_ADMIN, school, StaffFileFormat.XLSX)))) {
            assertThat(template.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("СНИЛС");
        }
    }

    @Test
    void aThousandRowsImportInSeconds() {
        long school = school();
        byte[] file = StaffLists.csv(StaffLists.people(1000));
        long started = System.nanoTime();
        ImportCounts counts = imports.importFile(REGION_ADMIN, school, StaffFileFormat.CSV, file);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        ImportCounts again = imports.importFile(REGION_ADMIN, school, StaffFileFormat.CSV, file);
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        String timing = "Staff import of 1000 rows (" + file.length / 1024 + " KB CSV): " + firstMillis
                + " ms new, " + againMillis + " ms again (unchanged)";
        LOG.info(timing);
        System.out.println(timing);

        assertThat(counts).isEqualTo(new ImportCounts(1000, 0, 0));
        assertThat(again).isEqualTo(new ImportCounts(0, 0, 1000));
        assertThat(firstMillis).as(timing).isLessThan(20_000);
    }

    @Test
    void aTeacherDoesNotImport() {
        long school = school();
        byte[] file = StaffLists.csv(StaffLists.people(1));
        long persons = Db.count(db, "SELECT count(*) FROM person");
        assertThatThrownBy(() -> imports.importFile(TEACHER, school, StaffFileFormat.CSV, file))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template(TEACHER, school, StaffFileFormat.CSV))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(persons);
    }

    private static byte[] workbook(List<String> lines) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Сотрудники");
            List<String> all = new ArrayList<>(List.of(StaffLists.HEADER));
            all.addAll(lines);
            for (int i = 0; i < all.size(); i++) {
                Row row = sheet.createRow(i);
                String[] cells = all.get(i).replace("\"", "").split(";");
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long school() {
        return schools.create(REGION_ADMIN, new NewSchool("Школа для импорта " + RegionTestData.tag(), "Школа",
                RegionTestData.inn(), null, null, null)).id();
    }
}
