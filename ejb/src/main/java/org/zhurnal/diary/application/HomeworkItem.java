package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;

/** A lesson's homework for the «Домашние задания» list; {@code homeworkNone} is «без задания». */
@JsonbNillable
public record HomeworkItem(long lessonId, LocalDate date, int slot, String subject, String homework,
                           boolean homeworkNone) {
}
