package org.zhurnal.school.application;

import java.util.List;

/** One page of a school search: the items, the page asked for and how many schools match in all. */
public record SchoolPage(List<SchoolDetails> items, int page, int size, long total) {

    public SchoolPage {
        items = List.copyOf(items);
    }

    static SchoolPage empty(SchoolSearch search) {
        return new SchoolPage(List.of(), search.page(), search.size(), 0);
    }
}
