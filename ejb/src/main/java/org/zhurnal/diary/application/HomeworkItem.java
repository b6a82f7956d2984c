package org.zhurnal.diary.application;

import java.time.LocalDate;

/** A lesson's homework for the «Домашние задания» list; {@code homeworkNone} is «без задания». */
public record HomeworkItem(long lessonId, LocalDate date, int slot, String subject, String homework,
                           boolean homeworkNone) {
}
