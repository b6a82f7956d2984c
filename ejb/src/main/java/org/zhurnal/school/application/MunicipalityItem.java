package org.zhurnal.school.application;

/** A municipality as lists show it. */
public record MunicipalityItem(Long id, String name) {
}
