package org.zhurnal.school.application;

/** A school as the region administrator enters it; checked by the service after it checked who is asking. */
public record NewSchool(String fullName, String shortName, String inn, String ogrn, String address,
                        Long municipalityId) {
}
