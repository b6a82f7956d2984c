package org.zhurnal.federal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.federal.persistence.AnalyticsQueries;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/** The export's files: both formats, replaced (never duplicated) by a re-run, listed and served only by name. */
class AnalyticsExportsTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    static final Actor ADMIN = new Actor("it", "admin", new PersonName("А", "Б", null), Set.of(Role.REGION_ADMIN));
    static final Actor TEACHER = new Actor("it", "teacher", new PersonName("А", "Б", null), Set.of(Role.TEACHER));

    @TempDir
    Path outbox;

    final List<String> logged = new ArrayList<>();
    List<AnalyticsRow> rows = List.of(
            new AnalyticsRow(7, "2466001234", 34, "5А", 3, "Математика; алгебра", 25, 40, 38, 120,
                    new BigDecimal("4.12"), new BigDecimal("0.7500"), new BigDecimal("0.9750"), 12, 30, 4,
                    new BigDecimal("0.9540"), new BigDecimal("0.9500")),
            new AnalyticsRow(7, "2466001234", 34, "5А", 5, "Музыка", 25, 8, 8, 3, null, null, null, 0, 0, 0,
                    new BigDecimal("1.0000"), new BigDecimal("1.0000")));
    AnalyticsExports exports;

    @BeforeEach
    void setUp() {
        exports = new AnalyticsExports();
        exports.outbox = Optional.of(outbox.toString());
        exports.minMarks = 5;
        exports.queries = new AnalyticsQueries() {
            @Override
            public List<AnalyticsRow> rows(LocalDate date, int minMarks) {
                return rows;
            }
        };
        exports.journal = new ExchangeJournal() {
            @Override
            public long begin(String system, Direction direction, String channel, String source) {
                logged.add("begin " + system + " " + direction + " " + channel + " " + source);
                return logged.size();
            }

            @Override
            public Status finish(long id, String system, String messageId, ExchangeCounts counts, boolean duplicate) {
                logged.add("finish " + counts.received());
                return Status.COMPLETED;
            }
        };
    }

    @Test
    void writesBothFormatsAndARerunReplacesThem() throws Exception {
        assertThat(exports.export(DATE)).isEqualTo(2);
        rows = rows.subList(0, 1);
        assertThat(exports.export(DATE)).isEqualTo(1);

        try (var files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("zhurnal-analytics-2026-11-20.csv", "zhurnal-analytics-2026-11-20.json");
        }
        String csv = Files.readString(outbox.resolve("zhurnal-analytics-2026-11-20.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly(String.join(";", AnalyticsFormats.COLUMNS),
                "2026-11-20;7;2466001234;34;5А;3;\"Математика; алгебра\";25;40;38;120;4.12;0.7500;0.9750;12;30;4;0.9540;0.9500");
        assertThat(logged).containsExactly("begin ANALYTICS OUT FILE zhurnal-analytics-2026-11-20", "finish 2",
                "begin ANALYTICS OUT FILE zhurnal-analytics-2026-11-20", "finish 1");
    }

    @Test
    void markFiguresBelowTheMinimumStayEmpty() throws Exception {
        exports.export(DATE);

        String csv = Files.readString(outbox.resolve("zhurnal-analytics-2026-11-20.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(2)).isEqualTo("2026-11-20;7;2466001234;34;5А;5;Музыка;25;8;8;3;;;;0;0;0;1.0000;1.0000");
        String json = Files.readString(outbox.resolve("zhurnal-analytics-2026-11-20.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"date\":\"2026-11-20\"").contains("\"average\":null").contains("\"average\":4.12");
    }

    @Test
    void filesAreListedAndServedByTheirNamesOnlyToTheRegionAdministrator() throws Exception {
        exports.export(DATE);
        Files.writeString(outbox.resolve("secret.txt"), "not an export");

        assertThat(exports.files(ADMIN)).extracting(AnalyticsFile::name)
                .containsExactly("zhurnal-analytics-2026-11-20.csv", "zhurnal-analytics-2026-11-20.json");
        assertThat(new String(exports.read(ADMIN, "zhurnal-analytics-2026-11-20.json"), StandardCharsets.UTF_8))
                .startsWith("{\"date\":\"2026-11-20\"");
        assertThatThrownBy(() -> exports.read(ADMIN, "secret.txt")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.read(ADMIN, "../zhurnal-analytics-2026-11-20.csv"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.files(TEACHER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.read(TEACHER, "zhurnal-analytics-2026-11-20.csv"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
