package org.zhurnal.timetable.api;

/** Which lessons to (re)generate: the academic year, optionally only from/to (inclusive, yyyy-MM-dd). */
public record GenerateLessonsRequest(Long yearId, String from, String to) {
}
