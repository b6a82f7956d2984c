-- Year end (feature yearend): closing an academic year, the year-end decisions about students, the rollover
-- into the next year.
--
-- A closed year is read-only: closing also closes every reporting period (reporting_period.closed_at, which
-- the journal refuses to change), and the year itself records who closed it and when.
ALTER TABLE academic_year ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE academic_year ADD COLUMN closed_by_issuer VARCHAR(255);
ALTER TABLE academic_year ADD COLUMN closed_by_subject VARCHAR(255);

-- What happens to a student at the end of the year other than moving up a grade, by the director's order:
-- RETAINED (оставлен на повторное обучение, «на второй год»: same grade next year) or LEAVES (leaves the
-- school, e.g. after grade 9). No row: promoted to the next grade (grade 11: graduates). Changed until the
-- rollover; every change is audited.
CREATE TABLE year_end_decision (
    academic_year_id     BIGINT       NOT NULL REFERENCES academic_year (id),
    person_id            BIGINT       NOT NULL REFERENCES person (id),
    decision             VARCHAR(10)  NOT NULL,
    order_ref            VARCHAR(200),
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by_issuer   VARCHAR(255) NOT NULL,
    recorded_by_subject  VARCHAR(255) NOT NULL,
    CONSTRAINT year_end_decision_pk PRIMARY KEY (academic_year_id, person_id),
    CONSTRAINT year_end_decision_ck CHECK (decision IN ('RETAINED', 'LEAVES'))
);

-- One rollover per year: rolling over again finds this row and creates nothing. The next year's curriculum
-- is a copy to be checked (curriculum_draft) until the administrator confirms it.
CREATE TABLE year_rollover (
    from_year_id         BIGINT       PRIMARY KEY REFERENCES academic_year (id),
    to_year_id           BIGINT       NOT NULL UNIQUE REFERENCES academic_year (id),
    order_ref            VARCHAR(200),
    curriculum_draft     BOOLEAN      NOT NULL DEFAULT TRUE,
    classes_created      INTEGER      NOT NULL,
    students_moved       INTEGER      NOT NULL,
    graduates            INTEGER      NOT NULL,
    committed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_by_issuer  VARCHAR(255) NOT NULL,
    committed_by_subject VARCHAR(255) NOT NULL
);
