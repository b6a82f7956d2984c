package org.zhurnal.diary.application;


/** A lesson's homework for the «Домашние задания» list; {@code homeworkNone} is «без задания». */
public record HomeworkItem(long lessonId, String date, int slot, String subject, String homework,
                           boolean homeworkNone) {
}
