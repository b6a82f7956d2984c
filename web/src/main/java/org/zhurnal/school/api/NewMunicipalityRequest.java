package org.zhurnal.school.api;

/** Body of {@code POST /municipalities}. */
public record NewMunicipalityRequest(String name) {
}
