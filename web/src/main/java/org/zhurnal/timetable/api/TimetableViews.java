package org.zhurnal.timetable.api;

import static org.zhurnal.calendar.api.WireDates.text;

import java.util.List;
import org.zhurnal.timetable.application.DayLesson;
import org.zhurnal.timetable.application.EntryChange;
import org.zhurnal.timetable.application.SchoolYearClasses;
import org.zhurnal.timetable.application.SubstitutionView;
import org.zhurnal.timetable.application.TimetableOptions;
import org.zhurnal.timetable.application.TimetableWeek;

/** The timetable's answers on the wire, with dates and times as text (the application's records hold java.time). */
final class TimetableViews {

    private TimetableViews() {
    }

    record WeekView(long classId, String date, String monday, String week, List<EntryView> entries) {
        static WeekView of(TimetableWeek w) {
            return new WeekView(w.classId(), text(w.date()), text(w.monday()), w.week().name(),
                    w.entries().stream().map(EntryView::of).toList());
        }
    }

    record KeptLessonView(long id, String date, int slotNumber, long classId) {
    }

    record EntryChangeView(EntryView entry, int lessonsCreated, int lessonsRemoved, List<KeptLessonView> kept) {
        static EntryChangeView of(EntryChange c) {
            return new EntryChangeView(EntryView.of(c.entry()), c.lessonsCreated(), c.lessonsRemoved(), c.kept().stream()
                    .map(k -> new KeptLessonView(k.id(), text(k.date()), k.slotNumber(), k.classId())).toList());
        }
    }

    record SlotView(int number, String startsAt, String endsAt) {
    }

    record BellsView(long id, String name, List<SlotView> slots) {
    }

    record OptionsView(List<TimetableOptions.Assignment> assignments, List<TimetableOptions.Named> rooms,
                       List<BellsView> bellSchedules, List<TimetableOptions.Named> teachers) {
        static OptionsView of(TimetableOptions o) {
            return new OptionsView(o.assignments(), o.rooms(), o.bellSchedules().stream()
                    .map(b -> new BellsView(b.id(), b.name(), b.slots().stream()
                            .map(s -> new SlotView(s.number(), text(s.startsAt()), text(s.endsAt()))).toList()))
                    .toList(), o.teachers());
        }
    }

    record YearClassesView(long yearId, String startsOn, String endsOn, List<TimetableOptions.Named> classes) {
        static YearClassesView of(SchoolYearClasses y) {
            return new YearClassesView(y.yearId(), text(y.startsOn()), text(y.endsOn()), y.classes());
        }
    }

    record SubstitutionResponse(long id, String kind, long lessonId, long classId, String className, String subject,
                                String fromDate, int fromSlot, String toDate, int toSlot, String teacher,
                                String substitute, String room, String reason, boolean cancelled, String changedAt) {
        static SubstitutionResponse of(SubstitutionView s) {
            return new SubstitutionResponse(s.id(), s.kind(), s.lessonId(), s.classId(), s.className(), s.subject(),
                    text(s.fromDate()), s.fromSlot(), text(s.toDate()), s.toSlot(), s.teacher(), s.substitute(), s.room(),
                    s.reason(), s.cancelled(), text(s.changedAt()));
        }
    }

    record DayLessonView(long id, int slotNumber, String startsAt, String endsAt, String subject, String group,
                         String teacher, String substitute, String room, boolean cancelled, String changeNote) {
        static DayLessonView of(DayLesson l) {
            return new DayLessonView(l.id(), l.slotNumber(), text(l.startsAt()), text(l.endsAt()), l.subject(), l.group(),
                    l.teacher(), l.substitute(), l.room(), l.cancelled(), l.changeNote());
        }
    }
}
