package org.zhurnal.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A day off that is not a weekend: a public holiday, a moved day off, a school's own closure. */
@Embeddable
public record NonWorkingDay(@Column(name = "day", nullable = false) LocalDate day,
                            @Column(name = "reason", nullable = false, length = 200) String reason) {
}
