package org.zhurnal.regiongen;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What every generated school refers to: the region, its municipalities, subjects and kinds of work. */
record RegionContext(long regionId, ZoneId zone, List<Long> municipalityIds, Map<String, Long> subjectIds,
                     Map<String, WorkKind> workKinds) {

    record WorkKind(long id, String weight) {
    }

    long subject(String name) {
        Long id = subjectIds.get(name);
        if (id == null) {
            throw new IllegalStateException("subject missing from the catalogue: " + name);
        }
        return id;
    }

    WorkKind workKind(String code) {
        WorkKind kind = workKinds.get(code);
        if (kind == null) {
            throw new IllegalStateException("kind of work missing: " + code);
        }
        return kind;
    }
}
