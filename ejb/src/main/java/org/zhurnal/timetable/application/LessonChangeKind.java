package org.zhurnal.timetable.application;

/** The kinds of substitution (замена) of one lesson. */
public enum LessonChangeKind {
    CANCEL, TEACHER, ROOM, MOVE
}
