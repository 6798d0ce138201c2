-- Entente archive, version 5: the statement and person tables' checks,
-- written so that SQLite tests them without a temporary table per row.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- As 0004 did for `commitment`: SQLite (3.40, as in Debian 12) evaluates
-- `x IN ('a', 'b', 'c')` inside a CHECK constraint by building a temporary
-- b-tree of the list for every row it checks (an ephemeral database opened,
-- its first page zeroed, closed again): two for every statement (its kind
-- and date precision), one for every person (the role), about 0.9% of the
-- instructions of storing an article on the generated corpus, which names
-- no persons. The same tests written as comparisons joined by OR accept and
-- refuse exactly the same values (TEXT columns, BINARY collation; NULL is
-- refused by NOT NULL first either way).
--
-- Both tables are small (no article text), so rebuilding them costs little
-- on an existing archive; `article` keeps its IN-list on `language`, which
-- would mean copying every article's text.
--
-- A CHECK constraint cannot be altered in place, so each table is rebuilt as
-- https://sqlite.org/lang_altertable.html#otheralter describes (GRDB runs
-- migrations with foreign keys off, and checks them before committing).
-- Every row keeps its id, so the articles, parties, persons and commitments
-- that reference a statement still do; `statement` has no triggers, and its
-- one index is created again as 0001 made it.

PRAGMA user_version = 5;

CREATE TABLE statement_new (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind = 'joint_statement' OR kind = 'communique' OR kind = 'declaration'
                                         OR kind = 'readout' OR kind = 'press_statement' OR kind = 'news_report'),
    date            TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    date_precision  TEXT NOT NULL CHECK (date_precision = 'day' OR date_precision = 'month'
                                         OR date_precision = 'year' OR date_precision = 'unknown'),
    venue           TEXT,
    mechanism       TEXT,
    round           INTEGER CHECK (round IS NULL OR round > 0),
    CHECK ((date IS NULL) = (date_precision = 'unknown')),
    CHECK (date IS NULL OR length(date) = CASE date_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)
);
INSERT INTO statement_new(id, kind, date, date_precision, venue, mechanism, round)
    SELECT id, kind, date, date_precision, venue, mechanism, round FROM statement ORDER BY id;
DROP TABLE statement;
ALTER TABLE statement_new RENAME TO statement;
CREATE INDEX statement_date ON statement(date);

CREATE TABLE person_new (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    role            TEXT NOT NULL CHECK (role = 'foreign_minister' OR role = 'president' OR role = 'prime_minister'
                                         OR role = 'deputy_prime_minister' OR role = 'king' OR role = 'crown_prince'
                                         OR role = 'emir' OR role = 'minister' OR role = 'secretary_general'
                                         OR role = 'ambassador' OR role = 'spokesperson' OR role = 'other'),
    party_code      TEXT REFERENCES party(code)
);
INSERT INTO person_new(id, statement_id, name, role, party_code)
    SELECT id, statement_id, name, role, party_code FROM person ORDER BY id;
DROP TABLE person;
ALTER TABLE person_new RENAME TO person;
CREATE INDEX person_statement ON person(statement_id);
