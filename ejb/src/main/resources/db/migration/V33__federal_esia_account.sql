-- The ESIA account id (oid) of each sign-in account, recorded at every sign-in from the ID token's esia_oid claim
-- (the ESIA identity provider writes it as a Keycloak user attribute). The federal platform «Моя школа» names a
-- student by it: GET /api/v1/myschool/Schedule/{oid} finds the account, then the person card it is bound to
-- (account_binding, CONFIRMED). See docs/api-myschool.md.
CREATE TABLE esia_account (
    esia_oid  VARCHAR(20)              PRIMARY KEY,
    issuer    VARCHAR(255)             NOT NULL,
    subject   VARCHAR(255)             NOT NULL,
    seen_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One oid per account.
CREATE UNIQUE INDEX esia_account_account_uk ON esia_account (issuer, subject);
