package org.zhurnal.journal.application;

import java.math.BigDecimal;
import java.util.List;

/** A school's journal settings with the kinds of work (and their weights) its marks use, for the settings screen. */
public record JournalSettingsView(Long schoolId, boolean grade1NoMarks, boolean grade2FirstPeriodNoMarks,
                                  boolean doubleMarksAllowed, List<Kind> workKinds) {

    public record Kind(Long id, String code, String name, String shortName, BigDecimal weight, int deadlineDays,
                       boolean controlWork) {
    }
}
