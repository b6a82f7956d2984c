-- Rollover (feature yearend): how much of the teaching structure a rollover copied into the next year (streams,
-- teaching assignments, weekly timetable entries), so that committing again answers with the first commit's counts.
ALTER TABLE year_rollover ADD COLUMN streams_copied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE year_rollover ADD COLUMN assignments_copied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE year_rollover ADD COLUMN timetable_entries_copied INTEGER NOT NULL DEFAULT 0;
