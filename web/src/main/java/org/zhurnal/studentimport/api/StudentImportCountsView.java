package org.zhurnal.studentimport.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.zhurnal.studentimport.application.StudentImportCounts;

/** What an import did (or would do): students' new cards, enrolments, unchanged; representatives' cards, links. */
@JsonbPropertyOrder({"created", "enrolled", "unchanged", "representativesCreated", "representativesLinked"})
public record StudentImportCountsView(int created, int enrolled, int unchanged, int representativesCreated,
                                      int representativesLinked) {

    static StudentImportCountsView of(StudentImportCounts counts) {
        return new StudentImportCountsView(counts.created(), counts.enrolled(), counts.unchanged(),
                counts.representativesCreated(), counts.representativesLinked());
    }
}
