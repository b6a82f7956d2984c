package org.zhurnal.classes.api;

import java.util.Set;

/** Body of {@code POST /schools/{id}/streams}: {@code {"yearId":3,"name":"10 профиль","classIds":[7,8]}}. */
public record NewStreamRequest(Long yearId, String name, Set<Long> classIds) {
}
