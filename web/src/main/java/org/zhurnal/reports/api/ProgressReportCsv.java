package org.zhurnal.reports.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.StringJoiner;
import org.zhurnal.reports.application.ProgressReport;
import org.zhurnal.reports.domain.ProgressTally;

/** The progress report as a CSV table for spreadsheets: one row per class and per class's subject, then the school. */
final class ProgressReportCsv {

    private static final String HEADER = "Класс;Предмет;Обучающихся;Аттестовано;Отличники;Хорошисты;С одной «3»;"
            + "Неуспевающие;Н/а;«5»;«4»;«3»;«2»;Успеваемость, %;Качество, %;Средний балл;Пропуски всего;По болезни;"
            + "Уважительные";

    private ProgressReportCsv() {
    }

    static String of(ProgressReport report) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (ProgressReport.ClassRow c : report.classes()) {
            ProgressTally.Students s = c.summary();
            line(out, c.name(), "", c.students(), s.attested(), s.excellent(), s.good(), s.singleThree(), s.failing(),
                    s.notAttested(), "", "", "", "", s.progressPercent(), s.qualityPercent(), s.averageMark(),
                    c.absences().total(), c.absences().ill(), c.absences().excused());
            for (ProgressReport.SubjectRow subject : c.subjects()) {
                ProgressTally.Marks m = subject.summary();
                line(out, c.name(), subject.name(), "", m.count(), "", "", "", "", m.notAttested(), m.fives(), m.fours(),
                        m.threes(), m.twos(), m.progressPercent(), m.qualityPercent(), m.averageMark(), "", "", "");
            }
        }
        ProgressTally.Students s = report.school();
        line(out, "Школа", "", report.classes().stream().mapToInt(ProgressReport.ClassRow::students).sum(), s.attested(),
                s.excellent(), s.good(), s.singleThree(), s.failing(), s.notAttested(), "", "", "", "", s.progressPercent(),
                s.qualityPercent(), s.averageMark(), report.schoolAbsences().total(), report.schoolAbsences().ill(),
                report.schoolAbsences().excused());
        return out.toString();
    }

    private static void line(StringBuilder out, Object... cells) {
        StringJoiner row = new StringJoiner(";");
        for (Object cell : cells) {
            String text = cell instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : Objects.toString(cell, "");
            row.add(text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        out.append(row).append("\r\n");
    }
}
