package org.zhurnal.school.application;

import java.util.List;

/** A school as the region administrator sees it, with its current journal administrators. */
public record SchoolDetails(Long id, String fullName, String shortName, String inn, String ogrn, String address,
                            MunicipalityItem municipality, List<AdministratorItem> administrators) {

    public SchoolDetails {
        administrators = List.copyOf(administrators);
    }
}
