-- The region's proposed period marks are now stored by one statement for every school (reports feature): a run
-- deletes the period's rows of the region and inserts them again (559,107 rows on the `medium` benchmark). Each
-- index of the table costs that insert as much as the heap itself, so one index replaces the two: it serves the
-- run's delete (the years and the period), a school's rows (its year and the period) and a class's (year,
-- period, class, subject).
DROP INDEX final_mark_proposal_school_ix;
DROP INDEX final_mark_proposal_class_ix;
CREATE INDEX final_mark_proposal_period_ix ON final_mark_proposal (academic_year_id, period_number, school_class_id,
                                                                   subject_id);
