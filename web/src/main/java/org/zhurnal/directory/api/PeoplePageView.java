package org.zhurnal.directory.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.zhurnal.directory.application.ListPage;

/** One page of a list of a school's people: {@code {"items":[…],"page":0,"size":20,"total":N}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record PeoplePageView<V>(List<V> items, int page, int size, long total) {

    public static <T, V> PeoplePageView<V> of(ListPage<T> page, Function<T, V> view) {
        return new PeoplePageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
    }
}
