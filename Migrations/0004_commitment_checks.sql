-- Entente archive, version 4: the commitment table's checks, written so
-- that SQLite tests them without a temporary table per row.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- SQLite (3.40, as in Debian 12) evaluates `x IN ('a', 'b', 'c')` inside a
-- CHECK constraint by building a temporary b-tree of the list for every row
-- it checks (lists of one or two values are compared directly): for the
-- type and language checks of `commitment` that was 14% of the instructions
-- of storing an article (callgrind of entente-bench store, 2,000 articles).
-- The same tests written as comparisons joined by OR accept and refuse
-- exactly the same values (TEXT columns, BINARY collation; NULL passes
-- both, a CHECK that is not false) for a few comparisons a row.
--
-- A CHECK constraint cannot be altered in place, so the table is rebuilt as
-- https://sqlite.org/lang_altertable.html#otheralter describes (GRDB runs
-- migrations with foreign keys off, and checks them before committing).
-- Every row keeps its id, so the full-text index, which reads `commitment`
-- by rowid, stays valid as it is; the triggers that feed it go with the old
-- table and are created again exactly as 0002 made them.

PRAGMA user_version = 4;

CREATE TABLE commitment_new (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL CHECK (ordinal >= 1),
    text            TEXT NOT NULL CHECK (length(text) > 0),
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL,
    type            TEXT NOT NULL CHECK (type = 'pledge' OR type = 'support' OR type = 'position'
                                         OR type = 'call' OR type = 'welcome' OR type = 'condemn'),
    context         TEXT CHECK (context IS NULL OR context IN ('negated', 'conditional')),
    target          TEXT,
    language        TEXT NOT NULL CHECK (language = 'ar' OR language = 'en' OR language = 'fr'),
    search_text     TEXT GENERATED ALWAYS AS (
                        CASE language WHEN 'ar' THEN char(57345) WHEN 'en' THEN char(57346) ELSE char(57347) END || text
                    ) VIRTUAL,
    facets          TEXT NOT NULL DEFAULT '',
    UNIQUE (statement_id, ordinal),
    CHECK (end_offset > start_offset)
);

INSERT INTO commitment_new(id, statement_id, article_id, ordinal, text, start_offset, end_offset, type, context,
                           target, language, facets)
    SELECT id, statement_id, article_id, ordinal, text, start_offset, end_offset, type, context,
           target, language, facets
    FROM commitment ORDER BY id;

DROP TABLE commitment;
ALTER TABLE commitment_new RENAME TO commitment;
CREATE INDEX commitment_article ON commitment(article_id);

CREATE TRIGGER commitment_fts_insert AFTER INSERT ON commitment BEGIN
    INSERT INTO commitment_fts(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
END;
CREATE TRIGGER commitment_fts_delete AFTER DELETE ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text, facets) VALUES ('delete', old.id, old.search_text, old.facets);
    UPDATE archive_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'index_epoch';
END;
CREATE TRIGGER commitment_fts_update AFTER UPDATE OF text, language, facets ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text, facets) VALUES ('delete', old.id, old.search_text, old.facets);
    INSERT INTO commitment_fts(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
    UPDATE archive_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'index_epoch';
END;
