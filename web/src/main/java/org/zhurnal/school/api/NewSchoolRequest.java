package org.zhurnal.school.api;

import org.zhurnal.school.application.NewSchool;

/** Body of {@code POST /schools}; every check (with its Russian message) happens in the service. */
public record NewSchoolRequest(String fullName, String shortName, String inn, String ogrn, String address,
                               Long municipalityId) {

    NewSchool toInput() {
        return new NewSchool(fullName, shortName, inn, ogrn, address, municipalityId);
    }
}
