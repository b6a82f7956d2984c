package org.zhurnal.assignments.domain;

import org.zhurnal.shared.error.InvalidInputException;

/**
 * Whom a teaching assignment is for: a whole class, a group of a class, or a stream — exactly one. A group's
 * audience also names the group's class (the class's lookups find it), a stream's names no class.
 */
public record Audience(Long classId, Long groupId, Long streamId) {

    static final String FIELD = "audience";

    public Audience {
        boolean whole = classId != null && groupId == null && streamId == null;
        boolean group = classId != null && groupId != null && streamId == null;
        boolean stream = classId == null && groupId == null && streamId != null;
        if (!whole && !group && !stream) {
            throw new InvalidInputException(FIELD, "Выберите одно: класс, группу класса или поток");
        }
    }

    /**
     * The audience the person chose: a class, a group (its class may be named too), or a stream; anything
     * else — nothing, or two of them — is refused. {@code groupClassId} is the chosen group's own class.
     */
    public static Audience chosen(Long classId, Long groupId, Long groupClassId, Long streamId) {
        int chosen = (groupId != null ? 1 : classId != null ? 1 : 0) + (streamId != null ? 1 : 0);
        if (chosen != 1) {
            throw new InvalidInputException(FIELD, "Выберите одно: класс, группу класса или поток");
        }
        if (groupId != null) {
            if (classId != null && !classId.equals(groupClassId)) {
                throw new InvalidInputException("groupId", "Группа не из этого класса");
            }
            return new Audience(groupClassId, groupId, null);
        }
        return streamId != null ? new Audience(null, null, streamId) : new Audience(classId, null, null);
    }

    public boolean isStream() {
        return streamId != null;
    }
}
