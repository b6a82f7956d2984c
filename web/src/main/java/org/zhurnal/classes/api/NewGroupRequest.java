package org.zhurnal.classes.api;

/** Body of {@code POST /classes/{id}/groups}: {@code {"name":"Английский, группа 1"}}. */
public record NewGroupRequest(String name) {
}
