package org.zhurnal.rooms.application;

/** A building as typed in: its name and an optional address. */
public record BuildingInput(String name, String address) {
}
