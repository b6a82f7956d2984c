package org.zhurnal.guardians.application;

import java.time.LocalDate;
import java.util.List;

/** The read side behind personal-data access: where the person, or the children they represent, study. */
public interface PupilPlaces {

    /**
     * The places of the person as a student and of every child they are a current representative of on the
     * day: one per school the pupil is a student of.
     */
    List<PupilPlace> of(Long personId, LocalDate day);
}
