-- The journal, completed (issue 5):
-- 1. Attendance written from an accepted absence report names the report in its history row; an attendance
--    change let through by an approved change request names the request (as mark_change does).
-- 2. Change requests are also for attendance after its day: cell = 'ATTENDANCE', position 0, the current and
--    the requested code (NULL = present) instead of mark values. The pending-request index
--    (lesson, student, position) then keeps one open request per attendance cell too.
-- 3. A school may forbid double marks («5/4») altogether.

ALTER TABLE attendance_change
    ADD COLUMN change_request_id BIGINT,
    ADD COLUMN absence_report_id BIGINT;

ALTER TABLE mark_change_request
    ADD COLUMN cell           VARCHAR(10) NOT NULL DEFAULT 'MARK',
    ADD COLUMN current_code   VARCHAR(8),
    ADD COLUMN requested_code VARCHAR(8),
    ADD CONSTRAINT mark_change_request_cell_ck CHECK (
        cell = 'MARK' AND position BETWEEN 1 AND 5 AND current_code IS NULL AND requested_code IS NULL
        OR cell = 'ATTENDANCE' AND position = 0 AND current_value IS NULL AND requested_value IS NULL
           AND requested_work_kind_id IS NULL AND current_code IS DISTINCT FROM requested_code
           AND (current_code IS NULL OR current_code IN ('ABSENT', 'ILL', 'EXCUSED'))
           AND (requested_code IS NULL OR requested_code IN ('ABSENT', 'ILL', 'EXCUSED')));

ALTER TABLE journal_settings
    ADD COLUMN double_marks_allowed BOOLEAN NOT NULL DEFAULT TRUE;
