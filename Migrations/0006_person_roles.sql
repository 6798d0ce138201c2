-- Entente archive, version 6: the person roles of GUIDELINES.md.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- The annotation standard names six roles that 0001 and 0005 do not allow:
-- vice_president, sultan, deputy_foreign_minister, senior_official,
-- special_envoy and parliament_speaker. A CHECK constraint cannot be altered
-- in place, so `person` is rebuilt as 0005 rebuilt it
-- (https://sqlite.org/lang_altertable.html#otheralter; GRDB runs migrations
-- with foreign keys off and checks them before committing). Every row keeps
-- its id; nothing references `person`, it has no triggers, and its one index
-- is created again. The check stays a chain of comparisons joined by OR, not
-- an IN list, for the reason 0005 gives (no temporary b-tree per row).

PRAGMA user_version = 6;

CREATE TABLE person_new (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    role            TEXT NOT NULL CHECK (role = 'foreign_minister' OR role = 'president' OR role = 'prime_minister'
                                         OR role = 'deputy_prime_minister' OR role = 'king' OR role = 'crown_prince'
                                         OR role = 'emir' OR role = 'minister' OR role = 'secretary_general'
                                         OR role = 'ambassador' OR role = 'spokesperson' OR role = 'other'
                                         OR role = 'vice_president' OR role = 'sultan' OR role = 'deputy_foreign_minister'
                                         OR role = 'senior_official' OR role = 'special_envoy'
                                         OR role = 'parliament_speaker'),
    party_code      TEXT REFERENCES party(code)
);
INSERT INTO person_new(id, statement_id, name, role, party_code)
    SELECT id, statement_id, name, role, party_code FROM person ORDER BY id;
DROP TABLE person;
ALTER TABLE person_new RENAME TO person;
CREATE INDEX person_statement ON person(statement_id);
