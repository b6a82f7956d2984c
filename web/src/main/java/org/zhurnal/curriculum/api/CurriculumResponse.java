package org.zhurnal.curriculum.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.zhurnal.curriculum.application.CurriculumView;

/** A year's curriculum: {@code hoursPerWeek} is derived (hours a year over 34 weeks, 33 in grade 1; one decimal). */
@JsonbPropertyOrder({"yearId", "items"})
public record CurriculumResponse(Long yearId, List<Item> items) {

    @JsonbPropertyOrder({"grade", "subjectId", "subjectName", "hoursPerYear", "hoursPerWeek"})
    public record Item(int grade, Long subjectId, String subjectName, int hoursPerYear, BigDecimal hoursPerWeek) {
    }

    static CurriculumResponse of(CurriculumView view) {
        return new CurriculumResponse(view.yearId(), view.items().stream().map(line -> new Item(line.grade(),
                line.subjectId(), line.subjectName(), line.hoursPerYear(), line.hoursPerWeek())).toList());
    }
}
