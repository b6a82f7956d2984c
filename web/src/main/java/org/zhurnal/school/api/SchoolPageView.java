package org.zhurnal.school.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.school.application.SchoolPage;

/** One page of schools: {@code {"items":[…],"page":0,"size":20,"total":N}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record SchoolPageView(List<SchoolView> items, int page, int size, long total) {

    static SchoolPageView of(SchoolPage page) {
        return new SchoolPageView(page.items().stream().map(SchoolView::of).toList(), page.page(), page.size(),
                page.total());
    }
}
