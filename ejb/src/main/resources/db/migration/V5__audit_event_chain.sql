-- The audit trail: who did what to which object, when. Never the personal data itself.
--
-- Events form a hash chain: hash = sha256(prev_hash || canonical content) in hex, the first prev_hash is 64
-- zeros. audit_chain_head holds the last event's number and hash; appending locks that single row
-- (SELECT ... FOR UPDATE), so concurrent transactions append one after another and the chain is a line.
CREATE TABLE audit_event (
    seq            BIGINT       PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_issuer   VARCHAR(255) NOT NULL,
    actor_subject  VARCHAR(255) NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    object_type    VARCHAR(32)  NOT NULL,
    object_id      VARCHAR(64)  NOT NULL,
    prev_hash      VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL
);

-- "What happened to this object" (e.g. all actions on a person card).
CREATE INDEX audit_event_object_ix ON audit_event (object_type, object_id);

CREATE TABLE audit_chain_head (
    id    SMALLINT    PRIMARY KEY,
    seq   BIGINT      NOT NULL,
    hash  VARCHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single_ck CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
