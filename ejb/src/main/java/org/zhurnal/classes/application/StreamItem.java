package org.zhurnal.classes.application;

import java.util.List;

/** A stream with its classes (ids and names such as «10А»), in grade and letter order. */
public record StreamItem(Long id, Long yearId, String name, List<ClassRef> classes) {

    /** A class named on the wire. */
    public record ClassRef(Long id, String name) {
    }
}
