package org.zhurnal.school.domain;

/** A staff position (должность) a person holds at a school, with its Russian name as lists write it. */
public enum Position {
    DIRECTOR("директор"),
    DEPUTY_DIRECTOR("заместитель директора"),
    JOURNAL_ADMIN("администратор журнала"),
    TEACHER("учитель"),
    SECRETARY("секретарь");

    private final String title;

    Position(String title) {
        this.title = title;
    }

    /** «учитель», «заместитель директора»…: lower case, as in a sentence or a staff list. */
    public String title() {
        return title;
    }
}
