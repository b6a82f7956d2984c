package org.zhurnal.classes.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A group just created: {@code {"id":4,"name":"Английский, группа 1"}}. */
@JsonbPropertyOrder({"id", "name"})
public record GroupView(Long id, String name) {
}
