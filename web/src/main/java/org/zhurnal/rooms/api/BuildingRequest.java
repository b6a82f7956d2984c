package org.zhurnal.rooms.api;

import org.zhurnal.rooms.application.BuildingInput;

/** Body of {@code POST/PUT …/buildings}: {@code {"name":"Основное здание","address":"ул. Ленина, д. 1"}}. */
public record BuildingRequest(String name, String address) {

    static BuildingInput input(BuildingRequest request) {
        return request == null ? new BuildingInput(null, null) : new BuildingInput(request.name, request.address);
    }
}
