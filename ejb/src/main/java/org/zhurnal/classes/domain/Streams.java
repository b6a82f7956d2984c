package org.zhurnal.classes.domain;

import java.util.List;
import java.util.Optional;

/** Streams of classes. */
public interface Streams {

    Optional<Stream> find(Long streamId);

    /** The streams of a school's academic year by name. */
    List<Stream> ofYear(Long schoolId, Long academicYearId);

    /** Stores a new stream and assigns its id; a duplicate name in the year is a conflict on {@code name}. */
    Stream add(Stream stream);
}
