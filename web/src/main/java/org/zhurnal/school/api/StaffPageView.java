package org.zhurnal.school.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.school.application.StaffPage;

/** One page of a school's staff: {@code {"items":[…],"page":0,"size":20,"total":N}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record StaffPageView(List<StaffMemberView> items, int page, int size, long total) {

    static StaffPageView of(StaffPage page) {
        return new StaffPageView(page.items().stream().map(StaffMemberView::of).toList(), page.page(), page.size(),
                page.total());
    }
}
