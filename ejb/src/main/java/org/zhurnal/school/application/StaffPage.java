package org.zhurnal.school.application;

import java.util.List;

/** One page of a school's staff: the people, the page asked for and how many match in all. */
public record StaffPage(List<StaffMember> items, int page, int size, long total) {

    public StaffPage {
        items = List.copyOf(items);
    }
}
