package org.zhurnal.journal.domain;

/** Why a student was not at the lesson: Н (no valid reason), Б (ill), У (a valid reason). Present: no code. */
public enum AttendanceCode {
    ABSENT("Н"), ILL("Б"), EXCUSED("У");

    private final String letter;

    AttendanceCode(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }
}
