package org.zhurnal.directory.application;

import java.util.List;

/** One page of a list: the items, the page asked for (from 0), its size and how many match in all. */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public ListPage {
        items = List.copyOf(items);
    }
}
