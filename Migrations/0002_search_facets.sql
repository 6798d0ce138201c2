-- Entente archive, version 2: search facets in the full-text index.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- Every commitment gets a `facets` column: its filter values as tokens after
-- a private-use marker (U+E00F), which the `entente` tokenizer indexes
-- verbatim. A filtered search then intersects posting lists inside FTS5
-- instead of looking up a commitment, statement and party row for each of
-- the thousands of matches of a common word. The relational tables stay the
-- source of truth; `facets` is written from the same values, in the same
-- transaction, and a test compares the two.
--
--   p:CODE   a party of the statement (issuer or mentioned)   --party
--   t:TOPIC  a topic of the commitment                         --topic
--   c:TYPE   the commitment's type                             --type
--   k:KIND   the statement's kind                              --kind
--   l:LANG   the article's language                            --language
--   y:YYYY   the year of the statement's date, when known      --since/--until

PRAGMA user_version = 2;

DROP TRIGGER commitment_fts_insert;
DROP TRIGGER commitment_fts_delete;
DROP TRIGGER commitment_fts_update;
DROP TABLE commitment_fts;

ALTER TABLE commitment ADD COLUMN facets TEXT NOT NULL DEFAULT '';

UPDATE commitment SET facets = char(57359) || (
    SELECT group_concat(token, ' ') FROM (
        SELECT 'p:' || party_code AS token FROM statement_party WHERE statement_id = commitment.statement_id
        UNION ALL SELECT DISTINCT 't:' || topic FROM commitment_topic WHERE commitment_id = commitment.id
        UNION ALL SELECT 'c:' || commitment.type
        UNION ALL SELECT 'k:' || kind FROM statement WHERE id = commitment.statement_id
        UNION ALL SELECT 'l:' || commitment.language
        UNION ALL SELECT 'y:' || substr(date, 1, 4) FROM statement WHERE id = commitment.statement_id AND date IS NOT NULL
    )
);

-- Column 0 is what a user searches; column 1 only what filters ask for
-- (its tokens contain ':', which the analyzer never produces from words).
CREATE VIRTUAL TABLE commitment_fts USING fts5(
    search_text,
    facets,
    content = 'commitment',
    content_rowid = 'id',
    tokenize = 'entente'
);

CREATE TRIGGER commitment_fts_insert AFTER INSERT ON commitment BEGIN
    INSERT INTO commitment_fts(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
END;
-- A commitment deleted or changed bumps the index epoch: a long-lived
-- process that keeps each commitment's length in memory for ranking
-- (Archive.prepareForRepeatedSearches) reloads them when it moves. Entente
-- itself only ever adds commitments.
INSERT INTO archive_info(key, value) VALUES ('index_epoch', '0');
CREATE TRIGGER commitment_fts_delete AFTER DELETE ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text, facets) VALUES ('delete', old.id, old.search_text, old.facets);
    UPDATE archive_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'index_epoch';
END;
CREATE TRIGGER commitment_fts_update AFTER UPDATE OF text, language, facets ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text, facets) VALUES ('delete', old.id, old.search_text, old.facets);
    INSERT INTO commitment_fts(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
    UPDATE archive_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'index_epoch';
END;

INSERT INTO commitment_fts(commitment_fts) VALUES ('rebuild');
