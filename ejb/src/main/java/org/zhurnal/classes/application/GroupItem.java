package org.zhurnal.classes.application;

import java.util.List;

/** A group of a class with its students at the list's date (none for a group just created). */
public record GroupItem(Long id, String name, List<PersonItem> students) {
}
