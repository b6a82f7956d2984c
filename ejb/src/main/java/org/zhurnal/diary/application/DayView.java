package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A day of the diary week with its lessons in slot order. */
@JsonbPropertyOrder({"date", "lessons"})
public record DayView(LocalDate date, List<LessonView> lessons) {
}
