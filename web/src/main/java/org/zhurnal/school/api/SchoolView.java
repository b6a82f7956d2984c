package org.zhurnal.school.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.school.application.SchoolDetails;

/** A school on the wire; missing OGRN, address and municipality are written as {@code null}. */
@JsonbNillable
@JsonbPropertyOrder({"id", "fullName", "shortName", "inn", "ogrn", "address", "municipality", "administrators"})
public record SchoolView(Long id, String fullName, String shortName, String inn, String ogrn, String address,
                         MunicipalityView municipality, List<AdministratorView> administrators) {

    static SchoolView of(SchoolDetails school) {
        return new SchoolView(school.id(), school.fullName(), school.shortName(), school.inn(), school.ogrn(),
                school.address(), MunicipalityView.of(school.municipality()),
                school.administrators().stream().map(AdministratorView::of).toList());
    }
}
