package org.zhurnal.journal.application;

import org.zhurnal.journal.domain.JournalSettings;

/** The schools' {@code journal_settings} rows: no row means the defaults. */
public interface JournalSettingsStore {

    JournalSettings of(Long schoolId);

    void save(Long schoolId, JournalSettings settings);
}
