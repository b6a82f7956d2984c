package org.zhurnal.federal.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The analytics export's two formats: CSV ({@code ;}-separated, a header line) and JSON. */
final class AnalyticsFormats {

    static final String[] COLUMNS = {"date", "schoolId", "schoolInn", "classId", "className", "subjectId", "subject",
        "students", "lessons", "lessonsWithTopic", "marks", "average", "quality", "success", "absences",
        "absencesIllness", "absencesValidReason", "attendanceRate", "journalCompleteness"};

    private AnalyticsFormats() {
    }

    static String csv(LocalDate date, List<AnalyticsRow> rows) {
        StringBuilder out = new StringBuilder(String.join(";", COLUMNS)).append('\n');
        for (AnalyticsRow r : rows) {
            Object[] values = {date, r.schoolId(), r.schoolInn(), r.classId(), r.className(), r.subjectId(),
                r.subjectName(), r.students(), r.lessons(), r.lessonsWithTopic(), r.marks(), r.average(), r.quality(),
                r.success(), r.absences(), r.absencesIllness(), r.absencesValid(), r.attendanceRate(),
                r.journalCompleteness()};
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.append(cell(values[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String json(LocalDate date, List<AnalyticsRow> rows) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AnalyticsRow r : rows) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("schoolId", r.schoolId()).add("schoolInn", r.schoolInn())
                    .add("classId", r.classId()).add("className", r.className()).add("subjectId", r.subjectId())
                    .add("subject", r.subjectName()).add("students", r.students()).add("lessons", r.lessons())
                    .add("lessonsWithTopic", r.lessonsWithTopic()).add("marks", r.marks())
                    .add("absences", r.absences()).add("absencesIllness", r.absencesIllness())
                    .add("absencesValidReason", r.absencesValid());
            decimal(o, "average", r.average());
            decimal(o, "quality", r.quality());
            decimal(o, "success", r.success());
            decimal(o, "attendanceRate", r.attendanceRate());
            decimal(o, "journalCompleteness", r.journalCompleteness());
            items.add(o);
        }
        return Json.createObjectBuilder().add("date", date.toString()).add("source", "zhurnal").add("rows", items)
                .build().toString();
    }

    private static void decimal(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        return text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
