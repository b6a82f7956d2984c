package org.zhurnal.curriculum.application;

import java.util.List;

/** A school's curriculum for one academic year: its lines by grade, then subject name. */
public record CurriculumView(Long yearId, List<CurriculumLine> items) {

    public CurriculumView {
        items = List.copyOf(items);
    }
}
