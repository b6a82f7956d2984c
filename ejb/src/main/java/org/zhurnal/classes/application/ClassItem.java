package org.zhurnal.classes.application;

/** A class in lists: «5А», its class teacher (or none) and how many students it has at the list's date. */
public record ClassItem(Long id, String name, int grade, String letter, Long yearId, PersonItem classTeacher,
                        long studentCount) {
}
