package org.zhurnal.rooms.application;

/** A room as typed in: its building, its number or name, an optional purpose and number of seats. */
public record RoomInput(Long buildingId, String name, String purpose, Integer seats) {
}
