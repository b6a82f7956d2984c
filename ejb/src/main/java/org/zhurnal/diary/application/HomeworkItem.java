package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** A lesson's homework for the «Домашние задания» list; {@code homeworkNone} is «без задания». */
@JsonbNillable
@JsonbPropertyOrder({"lessonId", "date", "slot", "subject", "homework", "homeworkNone"})
public record HomeworkItem(long lessonId, LocalDate date, int slot, String subject, String homework,
                           boolean homeworkNone) {
}
