package org.zhurnal.rooms.api;

import org.zhurnal.rooms.application.RoomInput;

/** Body of {@code POST/PUT …/rooms}: {@code {"buildingId":1,"name":"201","purpose":"Кабинет физики","seats":30}}. */
public record RoomRequest(Long buildingId, String name, String purpose, Integer seats) {

    static RoomInput input(RoomRequest request) {
        return request == null ? new RoomInput(null, null, null, null)
                : new RoomInput(request.buildingId, request.name, request.purpose, request.seats);
    }
}
