-- A school's lessons of a period (the school's progress report, a school's proposed period marks) by school and
-- date, instead of reading the whole region's lessons of the period and keeping the school's.
CREATE INDEX lesson_school_date_ix ON lesson (school_id, lesson_date);
