package org.zhurnal.classes.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An enrolled student: {@code {"personId":12,"displayName":"Смирнов Артём Игоревич"}}. */
@JsonbPropertyOrder({"personId", "displayName"})
public record StudentView(Long personId, String displayName) {
}
