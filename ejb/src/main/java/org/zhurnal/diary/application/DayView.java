package org.zhurnal.diary.application;

import java.util.List;

/** A day of the diary week with its lessons in slot order. */
public record DayView(String date, List<LessonView> lessons) {
}
