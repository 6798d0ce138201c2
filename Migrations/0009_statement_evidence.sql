-- Entente archive, version 9: where each article decided its statement's
-- kind, date, venue and issuers.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- One row per decided field of an article: the span of the article's text
-- (Unicode-scalar offsets into `article.text`, as `commitment` counts them;
-- SQLite's substr() counts the same characters) that named the kind, fixed
-- the date, placed the venue, or first named an issuer as a party. A field
-- the text did not decide has no row. The span's text is not stored: it is
-- `substr(article.text, start_offset + 1, end_offset - start_offset)`.
-- Archives made before this version have no rows; nothing is back-filled.
--
-- The checks are comparisons joined by OR, not IN lists (see 0004).

PRAGMA user_version = 9;

CREATE TABLE statement_evidence (
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    field           TEXT NOT NULL CHECK (field = 'kind' OR field = 'date' OR field = 'venue' OR field = 'issuer'),
    -- The issuer's code for an issuer's row; NULL for the other fields.
    party_code      TEXT REFERENCES party(code),
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset > start_offset),
    CHECK ((field = 'issuer') = (party_code IS NOT NULL))
);
-- One span per field (per issuer) of an article; also how show reads them.
CREATE UNIQUE INDEX statement_evidence_field ON statement_evidence(statement_id, article_id, field, ifnull(party_code, ''));
-- For the cascade when an article goes.
CREATE INDEX statement_evidence_article ON statement_evidence(article_id);
