package org.zhurnal.school.application;

import java.util.List;
import java.util.Optional;
import org.zhurnal.school.domain.Region;

/** The read side of schools and municipalities: projections for lists, never entity graphs. */
public interface SchoolDirectory {

    /** The region's municipalities by name. */
    List<MunicipalityItem> municipalities(Region region);

    /** One page of matching schools with their administrators: a count, a page and one administrators query. */
    SchoolPage search(Region region, SchoolSearch search);

    Optional<SchoolDetails> find(Region region, Long schoolId);
}
