package org.zhurnal.assignments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

class TeachingAssignmentTest {

    private static final DateRange YEAR = new DateRange(LocalDate.parse("2026-09-01"), LocalDate.parse("2027-05-31"));

    private static TeachingAssignment from(String day) {
        return TeachingAssignment.assign(1L, 2L, YEAR, 3L, 4L, new Audience(5L, null, null), LocalDate.parse(day));
    }

    @Test
    void itIsCurrentFromItsFirstDayUntilEnded() {
        TeachingAssignment assignment = from("2026-09-01");
        assertThat(assignment.isCurrentOn(LocalDate.parse("2026-08-31"))).isFalse();
        assertThat(assignment.isCurrentOn(LocalDate.parse("2026-09-01"))).isTrue();

        assignment.end(LocalDate.parse("2026-12-29"));

        assertThat(assignment.validTo()).contains(LocalDate.parse("2026-12-29"));
        assertThat(assignment.isCurrentOn(LocalDate.parse("2026-12-28"))).isTrue();
        assertThat(assignment.isCurrentOn(LocalDate.parse("2026-12-29"))).as("the end is exclusive").isFalse();
    }

    @Test
    void itStartsInsideTheYear() {
        assertThatThrownBy(() -> from("2027-06-01")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("validFrom"));
    }

    @Test
    void itEndsAfterItStartedAndOnlyOnce() {
        TeachingAssignment assignment = from("2026-10-01");
        assertThatThrownBy(() -> assignment.end(LocalDate.parse("2026-10-01"))).isInstanceOf(InvalidInputException.class);
        assignment.end(LocalDate.parse("2026-10-02"));
        assertThatThrownBy(() -> assignment.end(LocalDate.parse("2026-11-02"))).isInstanceOf(ConflictException.class);
    }
}
