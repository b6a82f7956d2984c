package org.zhurnal.school.api;

import org.zhurnal.school.application.MunicipalityItem;

/** A municipality on the wire: {@code {"id":1,"name":"г. Красноярск"}}. */
public record MunicipalityView(Long id, String name) {

    static MunicipalityView of(MunicipalityItem item) {
        return item == null ? null : new MunicipalityView(item.id(), item.name());
    }
}
