-- Exchanges with other systems (issue 7): the log an operator reads, the idempotency of inbound flows, the
-- records an exchange refused (with the Russian reason, never the personal data itself), the pull cursors,
-- and the dead-lettered messages kept with their original body until an operator retries or discards them.

CREATE TABLE exchange_log (
    id           BIGSERIAL    PRIMARY KEY,
    system       VARCHAR(40)  NOT NULL,
    direction    VARCHAR(8)   NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    message_id   VARCHAR(200),
    source       VARCHAR(300),
    status       VARCHAR(16)  NOT NULL,
    received     INTEGER      NOT NULL DEFAULT 0,
    applied      INTEGER      NOT NULL DEFAULT 0,
    duplicates   INTEGER      NOT NULL DEFAULT 0,
    rejected     INTEGER      NOT NULL DEFAULT 0,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    error        VARCHAR(2000),
    CONSTRAINT exchange_log_direction_ck CHECK (direction IN ('IN', 'OUT')),
    CONSTRAINT exchange_log_status_ck
        CHECK (status IN ('RUNNING', 'COMPLETED', 'PARTIAL', 'DUPLICATE', 'FAILED'))
);

-- The screen lists the newest exchanges first.
CREATE INDEX exchange_log_started_ix ON exchange_log (started_at DESC, id DESC);

-- A record an exchange refused: which one, of what kind, and why (Russian, for the operator).
CREATE TABLE exchange_record_error (
    id           BIGSERIAL     PRIMARY KEY,
    exchange_id  BIGINT        NOT NULL REFERENCES exchange_log (id),
    record_id    VARCHAR(100),
    record_kind  VARCHAR(40),
    reason       VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX exchange_record_error_exchange_ix ON exchange_record_error (exchange_id, id);

-- Inbound messages (a file, a pulled page) completely processed: the same message again changes nothing.
CREATE TABLE processed_message (
    system        VARCHAR(40)  NOT NULL,
    message_id    VARCHAR(200) NOT NULL,
    exchange_id   BIGINT       NOT NULL REFERENCES exchange_log (id),
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processed_message_pk PRIMARY KEY (system, message_id)
);

-- Inbound records applied, written in the same transaction as the change: the same record again changes nothing.
CREATE TABLE processed_record (
    system        VARCHAR(40)  NOT NULL,
    record_id     VARCHAR(100) NOT NULL,
    exchange_id   BIGINT       NOT NULL REFERENCES exchange_log (id),
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processed_record_pk PRIMARY KEY (system, record_id)
);

-- Where a pull left off at the other system ("changes since").
CREATE TABLE exchange_cursor (
    system      VARCHAR(40)  PRIMARY KEY,
    position    VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Dead-lettered messages an operator retried or discarded (with the reason): taken off the dead-letter queue
-- in the same step, kept here with their original body. Waiting dead letters stay in the queue itself.
CREATE TABLE dead_letter (
    id                  BIGSERIAL     PRIMARY KEY,
    message_id          VARCHAR(200)  NOT NULL,
    route_id            VARCHAR(100),
    headers             VARCHAR(4000) NOT NULL,
    body                TEXT          NOT NULL,
    failure             VARCHAR(2000),
    failed_at           TIMESTAMP WITH TIME ZONE,
    status              VARCHAR(16)   NOT NULL,
    resolved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by_issuer  VARCHAR(300)  NOT NULL,
    resolved_by_subject VARCHAR(300)  NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    CONSTRAINT dead_letter_message_uk UNIQUE (message_id),
    CONSTRAINT dead_letter_status_ck CHECK (status IN ('RETRIED', 'DISCARDED'))
);

CREATE INDEX dead_letter_resolved_ix ON dead_letter (resolved_at DESC, id DESC);
