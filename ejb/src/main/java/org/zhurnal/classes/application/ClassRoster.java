package org.zhurnal.classes.application;

import java.time.LocalDate;
import java.util.List;

/** A class with its list (списочный состав) and its groups' lists as of {@code date}. */
public record ClassRoster(ClassItem schoolClass, LocalDate date, List<PersonItem> students, List<GroupItem> groups) {
}
