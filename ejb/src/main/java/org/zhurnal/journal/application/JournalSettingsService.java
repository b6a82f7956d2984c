package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.journal.domain.JournalSettings;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * The journal's switchable rules of one school (no marks in grade 1, in grade 2's first period; double marks):
 * read and changed by the school's journal administrator or the region administrator only; every change audited.
 * The kinds of work and their weights are shown as the school's marks use them (region and school overrides).
 */
@Stateless
public class JournalSettingsService {

    @Inject
    JournalSettingsStore store;

    @Inject
    LessonRecords lessons;

    @Inject
    SchoolAccess schools;

    @Inject
    AuditLog audit;

    public JournalSettingsView get(Actor actor, Long schoolId) {
        schools.requireAdministration(actor, schoolId);
        return view(schoolId, store.of(schoolId));
    }

    public JournalSettingsView save(Actor actor, Long schoolId, SettingsInput input) {
        schools.requireAdministration(actor, schoolId);
        if (input == null || input.grade1NoMarks() == null || input.grade2FirstPeriodNoMarks() == null
                || input.doubleMarksAllowed() == null) {
            String field = input == null || input.grade1NoMarks() == null ? "grade1NoMarks"
                    : input.grade2FirstPeriodNoMarks() == null ? "grade2FirstPeriodNoMarks" : "doubleMarksAllowed";
            throw new InvalidInputException(field, "Укажите, включено ли правило (да или нет)");
        }
        JournalSettings settings = new JournalSettings(input.grade1NoMarks(), input.grade2FirstPeriodNoMarks(),
                input.doubleMarksAllowed());
        store.save(schoolId, settings);
        audit.record(actor, AuditAction.JOURNAL_SETTINGS_CHANGED, schoolId);
        return view(schoolId, settings);
    }

    /** What the screen sends: every switch, none may be missing. */
    public record SettingsInput(Boolean grade1NoMarks, Boolean grade2FirstPeriodNoMarks, Boolean doubleMarksAllowed) {
    }

    private JournalSettingsView view(Long schoolId, JournalSettings settings) {
        return new JournalSettingsView(schoolId, settings.grade1NoMarks(), settings.grade2FirstPeriodNoMarks(),
                settings.doubleMarksAllowed(), lessons.workKinds(schoolId).values().stream()
                .map(k -> new JournalSettingsView.Kind(k.id(), k.code(), k.name(), k.shortName(), k.weight(),
                        k.deadlineDays(), k.controlWork())).toList());
    }
}
