package org.zhurnal.timetable.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The timetable's one rule: in one bell slot of one day nobody and nothing is in two places. A teacher gives
 * one lesson at a time, a room holds one lesson, and a class (or a group of it) sits in one lesson — see
 * {@link Audience}. The answer is a Russian message naming the clash, for the person editing the timetable.
 */
public final class Clashes {

    private Clashes() {
    }

    /** The first clash of {@code candidate} with any of {@code others} (which are in the same slot and weekday). */
    public static Optional<String> find(Occupation candidate, Collection<Occupation> others) {
        for (Occupation other : others) {
            if (other.id() == candidate.id() || !candidate.meets(other)) {
                continue;
            }
            Optional<String> clash = between(candidate, other);
            if (clash.isPresent()) {
                return clash;
            }
        }
        return Optional.empty();
    }

    static Optional<String> between(Occupation candidate, Occupation other) {
        String occupied = " уже занят: " + describe(other);
        if (candidate.teacherId() == other.teacherId()) {
            return Optional.of("Учитель " + other.teacherName() + " в это время уже ведёт урок: " + describe(other));
        }
        if (candidate.roomId() != null && Objects.equals(candidate.roomId(), other.roomId())) {
            return Optional.of("Кабинет " + other.roomName() + occupied);
        }
        return candidate.audience().clashWith(other.audience())
                .map(part -> "Класс " + className(part) + " в это время" + occupied);
    }

    private static String describe(Occupation other) {
        String classes = String.join(", ", other.audience().parts().stream().map(Audience.Part::name).toList());
        String weeks = switch (other.weeks()) {
            case A -> " (неделя А)";
            case B -> " (неделя Б)";
            case EVERY -> "";
        };
        return "«" + other.subject() + "», " + classes + weeks;
    }

    private static String className(Audience.Part part) {
        int comma = part.name().indexOf(',');
        return comma < 0 ? part.name() : part.name().substring(0, comma);
    }
}
