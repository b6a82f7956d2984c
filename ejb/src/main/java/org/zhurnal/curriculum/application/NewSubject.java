package org.zhurnal.curriculum.application;

/** A subject to add: to the region's catalogue when {@code schoolId} is null, else to that school's own. */
public record NewSubject(String name, String shortName, Long schoolId) {
}
