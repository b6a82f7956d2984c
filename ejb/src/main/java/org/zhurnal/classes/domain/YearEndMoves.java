package org.zhurnal.classes.domain;

import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.ARRIVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.GROUP_JOIN;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.GROUP_LEAVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.LEAVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.TRANSFER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhurnal.shared.error.ConflictException;

/**
 * The movements of the end of the year (feature yearend), as events of the student's history: the student's
 * membership of the closing year's class (and its groups) ends on the year's last day, and — unless they
 * leave or graduate — a membership of next year's class starts on that year's first day, with the groups
 * of the same names when groups are carried over.
 */
public final class YearEndMoves {

    private YearEndMoves() {
    }

    /** Off {@code from} after {@code lastDay}, into {@code to} from {@code firstDay}, and its groups named as before. */
    public static List<EnrolmentEvent> promote(Long person, EnrolmentHistory history, SchoolClass from, LocalDate lastDay,
                                               SchoolClass to, LocalDate firstDay, boolean keepGroups,
                                               Recording recording) {
        List<EnrolmentEvent> events = leaveClass(person, history, from, lastDay, TRANSFER, recording);
        events.add(new EnrolmentEvent(person, ARRIVE, to.id(), null, firstDay, recording));
        if (keepGroups) {
            for (Long groupId : history.groupsOn(lastDay)) {
                Optional<ClassGroup> old = from.group(groupId);
                old.flatMap(group -> to.groups().stream().filter(g -> g.isNamed(group.name())).findFirst())
                        .ifPresent(group -> events.add(new EnrolmentEvent(person, GROUP_JOIN, to.id(), group.id(),
                                firstDay, recording)));
            }
        }
        return events;
    }

    /** Off {@code from} and the school after {@code lastDay} (graduation or leaving after the year). */
    public static List<EnrolmentEvent> leave(Long person, EnrolmentHistory history, SchoolClass from,
                                             LocalDate lastDay, Recording recording) {
        return leaveClass(person, history, from, lastDay, LEAVE, recording);
    }

    private static List<EnrolmentEvent> leaveClass(Long person, EnrolmentHistory history, SchoolClass from, LocalDate lastDay,
                                                   EnrolmentEvent.Kind kind, Recording recording) {
        LocalDate off = lastDay.plusDays(1);
        List<EnrolmentEvent> past = history.events();
        if (!past.isEmpty() && past.get(past.size() - 1).effectiveOn().isAfter(lastDay)) {
            throw new ConflictException("students", "У обучающегося уже есть движение после окончания учебного года");
        }
        if (!history.classOn(lastDay).map(from.id()::equals).orElse(false)) {
            throw new IllegalArgumentException("not in class " + from.id() + " on " + lastDay);
        }
        List<EnrolmentEvent> events = new ArrayList<>();
        history.groupsOn(lastDay).stream().filter(group -> from.group(group).isPresent()).forEach(group ->
                events.add(new EnrolmentEvent(person, GROUP_LEAVE, from.id(), group, off, recording)));
        events.add(new EnrolmentEvent(person, kind, from.id(), null, off, recording));
        return events;
    }
}
