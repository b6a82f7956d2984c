package org.zhurnal.diary.application;

import java.time.LocalDate;
import java.util.List;

/** A day of the diary week with its lessons in slot order. */
public record DayView(LocalDate date, List<LessonView> lessons) {
}
