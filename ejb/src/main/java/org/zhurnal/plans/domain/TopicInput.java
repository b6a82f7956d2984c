package org.zhurnal.plans.domain;

/** A topic as typed or read from a file, not yet checked; {@code row} is how the user finds it (from 1). */
public record TopicInput(int row, String title, String hours, String kind, String homework) {
}
