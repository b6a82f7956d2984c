package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.MunicipalityItem;
import org.zhurnal.school.application.MunicipalityService;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolDetails;
import org.zhurnal.school.application.SchoolPage;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.text.SearchKey;

/** Finding schools: server-side pages ordered by short name, text and INN-prefix matching, municipality filter. */
@ExtendWith(ArquillianExtension.class)
class SchoolSearchIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SchoolSearchIT.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    MunicipalityService municipalities;

    @Inject
    SchoolService schools;

    @Test
    void aPageIsTheRightSliceOfTheSortedMatchesWithTheTotal() {
        String tag = RegionTestData.tag();
        MunicipalityItem district = municipalities.create(REGION_ADMIN, "Страничный район " + tag);
        for (String letter : List.of("Д", "Б", "А", "Г", "В")) {
            school("Школа " + letter + " " + tag, district);
        }
        school("Школа Б2 " + tag, null);

        SchoolPage second = schools.search(REGION_ADMIN, null, district.id(), 1, 2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(shortNames(second)).containsExactly("Школа В " + tag, "Школа Г " + tag);
        assertThat(second.items()).allSatisfy(item -> assertThat(item.municipality()).isEqualTo(district));

        assertThat(shortNames(schools.search(REGION_ADMIN, null, district.id(), 2, 2))).containsExactly("Школа Д " + tag);
        SchoolPage beyond = schools.search(REGION_ADMIN, null, district.id(), 7, 2);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void textMatchesEitherNameInAnyCaseWithYoAsEOrTheStartOfTheInn() {
        String tag = RegionTestData.tag();
        SchoolDetails yolka = schools.create(REGION_ADMIN, new NewSchool("Гимназия «Ёлочка» имени " + tag,
                "Гимназия " + tag, RegionTestData.inn(), null, null, null));
        school("Лицей " + tag, null);

        assertThat(ids(schools.search(REGION_ADMIN, "ЕЛОЧКА» ИМЕНИ " + tag, null, 0, 20))).containsExactly(yolka.id());
        assertThat(ids(schools.search(REGION_ADMIN, "гимназия " + tag, null, 0, 20))).containsExactly(yolka.id());
        assertThat(schools.search(REGION_ADMIN, tag, null, 0, 20).total()).isEqualTo(2);
        assertThat(ids(schools.search(REGION_ADMIN, yolka.inn().substring(0, 10), null, 0, 20))).contains(yolka.id());
        assertThat(ids(schools.search(REGION_ADMIN, yolka.inn().substring(0, 9), null, 0, 100))).contains(yolka.id());
        assertThat(schools.search(REGION_ADMIN, "%" + tag, null, 0, 20).total()).as("% is not a wildcard").isZero();
    }

    @Test
    void theDatabaseNormalisesNamesExactlyAsJavaDoes() {
        String text = "ABCXYZ АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ёлка № 5 «Ü»";
        assertThat(Db.column(db, "SELECT zhurnal_search_key(?)", text)).containsExactly(SearchKey.of(text));
    }

    private SchoolDetails school(String shortName, MunicipalityItem district) {
        return schools.create(REGION_ADMIN, new NewSchool(shortName + " (полное наименование)", shortName,
                RegionTestData.inn(), null, null, district == null ? null : district.id()));
    }

    private static List<String> shortNames(SchoolPage page) {
        return page.items().stream().map(SchoolDetails::shortName).toList();
    }

    private static List<Long> ids(SchoolPage page) {
        return page.items().stream().map(SchoolDetails::id).toList();
    }
}
