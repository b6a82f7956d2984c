-- Every committed change the diary shows is written to diary_change, so that each application node drops
-- what it has cached of the diaries concerned (DiaryChangeListener polls it). A row is written by the
-- transaction that made the change, so it becomes visible exactly when that change commits.
--
-- Kinds: 'c' (ids are classes: a class's lessons or the class itself changed), 's' (ids are students: their
-- marks, attendance, final marks, absence reports, enrolment or legal representatives changed), '*'
-- (something many diaries show changed: a subject, room, group, person's name, school, year, period or kind
-- of work; or more ids at once than one row should carry).
--
-- Not LISTEN/NOTIFY: PostgreSQL serialises the commits of notifying transactions (a database-wide lock held
-- through the commit), which cut journal saves to a third in a measurement. Readers find new rows by the
-- writing transaction's id: every transaction older than a snapshot's xmin has ended, so polling
-- "xact >= the previous poll's xmin" misses no commit, however late it comes.
CREATE TABLE diary_change (
    id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xact  XID8        NOT NULL DEFAULT pg_current_xact_id(),
    kind  CHAR(1)     NOT NULL CHECK (kind IN ('c', 's', '*')),
    ids   BIGINT[],
    at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX diary_change_xact_ix ON diary_change (xact);

CREATE FUNCTION diary_log_changed() RETURNS trigger AS $$
DECLARE
    ids BIGINT[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[1]) INTO ids;
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[1]) INTO ids;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(ids) > 500 THEN
        INSERT INTO diary_change (kind) VALUES ('*');
    ELSE
        INSERT INTO diary_change (kind, ids) VALUES (TG_ARGV[0], ids);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION diary_log_all() RETURNS trigger AS $$
BEGIN
    INSERT INTO diary_change (kind) VALUES ('*');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- One trigger per table and event (a trigger with transition tables has one event), on the partitioned
-- parents where there are partitions.
DO $$
DECLARE
    watched TEXT[][] := ARRAY[
        ['lesson', 'c', 'school_class_id'],
        ['school_class', 'c', 'id'],
        ['mark', 's', 'student_person_id'],
        ['attendance', 's', 'student_person_id'],
        ['final_mark', 's', 'student_person_id'],
        ['absence_report', 's', 'student_person_id'],
        ['enrolment_event', 's', 'person_id'],
        ['guardianship', 's', 'child_person_id']];
    w TEXT[];
BEGIN
    FOREACH w SLICE 1 IN ARRAY watched LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_log_changed(%L, %L)', w[1] || '_diary_ins', w[1], w[2], w[3]);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_log_changed(%L, %L)', w[1] || '_diary_upd', w[1], w[2], w[3]);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_log_changed(%L, %L)', w[1] || '_diary_del', w[1], w[2], w[3]);
    END LOOP;
END;
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['subject', 'class_group', 'room', 'school', 'academic_year', 'reporting_period',
                             'work_kind'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON %I '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_log_all()', t || '_diary_all', t);
    END LOOP;
END;
$$;

-- A person's name is on every diary they teach in; contacts and other fields are not shown there.
CREATE TRIGGER person_diary_name AFTER UPDATE ON person FOR EACH ROW
    WHEN (OLD.surname IS DISTINCT FROM NEW.surname OR OLD.given_name IS DISTINCT FROM NEW.given_name
          OR OLD.patronymic IS DISTINCT FROM NEW.patronymic)
    EXECUTE FUNCTION diary_log_all();
