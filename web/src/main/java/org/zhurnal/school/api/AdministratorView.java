package org.zhurnal.school.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.zhurnal.school.application.AdministratorItem;

/** A school's journal administrator on the wire: {@code {"personId":7,"displayName":"Кузнецов Андрей Сергеевич"}}. */
@JsonbPropertyOrder({"personId", "displayName"})
public record AdministratorView(Long personId, String displayName) {

    public static AdministratorView of(AdministratorItem item) {
        return new AdministratorView(item.personId(), item.displayName());
    }
}
