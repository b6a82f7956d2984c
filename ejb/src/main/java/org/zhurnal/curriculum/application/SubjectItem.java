package org.zhurnal.curriculum.application;

/** A subject as lists show it; {@code schoolId} is null for the region's catalogue. */
public record SubjectItem(Long id, String name, String shortName, Long schoolId) {
}
