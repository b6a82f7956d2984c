package org.zhurnal.timetable.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sits in a lesson: parts of classes, each a whole class ({@code groupId} null) or one group of it. A
 * stream's lesson occupies each class of the stream as a whole. Two audiences clash when they share a class
 * and at least one of them takes the whole class or both take the same group; two different groups of one
 * class may have lessons at the same time.
 */
public record Audience(List<Part> parts) {

    /** A class, or one group of it, with the name to show ("5А", "5А, Английский язык (группа 1)"). */
    public record Part(long classId, Long groupId, String name) {
    }

    public Audience {
        parts = List.copyOf(parts);
    }

    public static Audience of(Part... parts) {
        return new Audience(List.of(parts));
    }

    /** The first part of {@code other} this audience clashes with. */
    public Optional<Part> clashWith(Audience other) {
        for (Part mine : parts) {
            for (Part theirs : other.parts) {
                if (mine.classId() == theirs.classId() && (mine.groupId() == null || theirs.groupId() == null
                        || Objects.equals(mine.groupId(), theirs.groupId()))) {
                    return Optional.of(theirs);
                }
            }
        }
        return Optional.empty();
    }
}
