-- Entente archive, version 7: one statement, many reports.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- An article is a report of a statement. Until now each article made its
-- own statement; from here an article joins the statement of an archived
-- article when the two are near-copies or report the same statement (see
-- Sources/Storage/Merging). What each article says about its statement is
-- kept per article in `report`, so that statements can be regrouped (an
-- analyst's merge or split) and their fields chosen again from every
-- report. Grouping is the connected components of `report_link`, pairs of
-- articles and the evidence that joined them: decisions depend only on the
-- two articles, so any ingest order gives the same statements.

PRAGMA user_version = 7;

-- What one article says about its statement.
CREATE TABLE report (
    article_id      INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    -- The article's language, beside the signature that near-copy look-ups
    -- read (the article row holds the whole text).
    language        TEXT NOT NULL CHECK (language = 'ar' OR language = 'en' OR language = 'fr'),
    kind            TEXT NOT NULL CHECK (kind IN ('joint_statement', 'communique', 'declaration',
                                                  'readout', 'press_statement', 'news_report')),
    date            TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    venue           TEXT,
    mechanism       TEXT,
    round           INTEGER CHECK (round IS NULL OR round > 0),
    -- The issuers' codes, sorted, space-separated ('' when none found).
    issuers         TEXT NOT NULL,
    -- Every party with its role: 'CN:issuer PK:issuer US:mentioned'.
    parties         TEXT NOT NULL,
    -- The day the same-statement rule compares (days since 1970-01-01): the
    -- date when the text fixes the day, else the publication date; NULL
    -- when neither is known to the day.
    match_day       INTEGER,
    -- Where match_day comes from: the article's text, or its publication.
    day_source      TEXT NOT NULL CHECK (day_source IN ('text', 'published', 'none')),
    -- MinHash signature of the text's word shingles (32 hashes, 4 bytes
    -- each, little-endian): which near-copy candidates are worth reading.
    signature       BLOB,
    -- How many distinct shingles the text has (for the overlap estimate).
    shingle_count   INTEGER NOT NULL DEFAULT 0 CHECK (shingle_count >= 0),
    CHECK ((match_day IS NULL) = (day_source = 'none'))
);
-- The indexed look-up of candidates: an issuer in common, a window of
-- days. One row per issuer of each report whose day is known.
CREATE TABLE report_issuer_day (
    party_code      TEXT NOT NULL,
    match_day       INTEGER NOT NULL,
    article_id      INTEGER NOT NULL REFERENCES report(article_id) ON DELETE CASCADE,
    PRIMARY KEY (party_code, match_day, article_id)
) WITHOUT ROWID;

-- The look-up of reports that give a round but no day: a party and the
-- round. One row per party of each report whose round is known.
CREATE TABLE report_party_round (
    party_code      TEXT NOT NULL,
    round           INTEGER NOT NULL,
    article_id      INTEGER NOT NULL REFERENCES report(article_id) ON DELETE CASCADE,
    PRIMARY KEY (party_code, round, article_id)
) WITHOUT ROWID;

-- Locality-sensitive hashes of each article's word shingles (MinHash
-- bands): articles sharing a band are the candidates for near-copies.
CREATE TABLE report_band (
    band            INTEGER NOT NULL,
    article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

-- Two articles that report one statement, and why. `article_id` is the
-- later article; an analyst's merge is a link of rule 'analyst'.
CREATE TABLE report_link (
    article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    other_id        INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    rule            TEXT NOT NULL CHECK (rule IN ('near_copy', 'same_statement', 'analyst')),
    reason          TEXT NOT NULL CHECK (length(reason) > 0),
    PRIMARY KEY (article_id, other_id),
    CHECK (article_id <> other_id)
) WITHOUT ROWID;
CREATE INDEX report_link_other ON report_link(other_id);

-- Articles an analyst split off: automatic links to them are ignored
-- (an analyst's own links are not).
CREATE TABLE report_split (
    article_id      INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE
);

-- A statement absorbed into another keeps answering to its old id.
CREATE TABLE statement_alias (
    old_id          INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE
);

-- A commitment that repeats, in another report of its statement, a clause
-- archived before: search and export show the clause once.
CREATE TABLE commitment_repeat (
    commitment_id   INTEGER PRIMARY KEY REFERENCES commitment(id) ON DELETE CASCADE,
    repeat_of       INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    CHECK (commitment_id <> repeat_of)
);
CREATE INDEX commitment_repeat_of ON commitment_repeat(repeat_of);

-- The reports of articles archived before this version, from their
-- statements (their near-copy bands are not computed: older articles are
-- found by issuers and date only).
INSERT INTO report(article_id, language, kind, date, venue, mechanism, round, issuers, parties, match_day, day_source)
SELECT a.id, a.language, s.kind, s.date, s.venue, s.mechanism, s.round,
    coalesce((SELECT group_concat(party_code, ' ') FROM (SELECT party_code FROM statement_party
              WHERE statement_id = s.id AND role = 'issuer' ORDER BY party_code)), ''),
    coalesce((SELECT group_concat(party_code || ':' || role, ' ') FROM (SELECT party_code, role FROM statement_party
              WHERE statement_id = s.id ORDER BY party_code)), ''),
    CASE WHEN s.date_precision = 'day' THEN CAST(julianday(s.date) - 2440587.5 AS INTEGER)
         WHEN a.published IS NOT NULL THEN CAST(julianday(a.published) - 2440587.5 AS INTEGER) END,
    CASE WHEN s.date_precision = 'day' THEN 'text' WHEN a.published IS NOT NULL THEN 'published' ELSE 'none' END
FROM article a JOIN statement s ON s.id = a.statement_id;
INSERT INTO report_issuer_day(party_code, match_day, article_id)
SELECT sp.party_code, r.match_day, r.article_id
FROM report r JOIN article a ON a.id = r.article_id JOIN statement_party sp ON sp.statement_id = a.statement_id
WHERE sp.role = 'issuer' AND r.match_day IS NOT NULL;
INSERT INTO report_party_round(party_code, round, article_id)
SELECT sp.party_code, r.round, r.article_id
FROM report r JOIN article a ON a.id = r.article_id JOIN statement_party sp ON sp.statement_id = a.statement_id
WHERE r.round IS NOT NULL;

-- Moving a commitment to the statement it now belongs to rewrites its
-- facets (parties, kind, year) but not its text: the index is updated, and
-- the index epoch, which says that commitment lengths may have changed,
-- moves only when the text or language does.
DROP TRIGGER commitment_fts_update;
CREATE TRIGGER commitment_fts_update AFTER UPDATE OF text, language, facets ON commitment
WHEN old.text IS NOT new.text OR old.language IS NOT new.language BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text, facets) VALUES ('delete', old.id, old.search_text, old.facets);
    INSERT INTO commitment_fts(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
    UPDATE archive_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'index_epoch';
END;
CREATE TRIGGER commitment_fts_update_facets AFTER UPDATE OF facets ON commitment
WHEN old.text IS new.text AND old.language IS new.language BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text, facets) VALUES ('delete', old.id, old.search_text, old.facets);
    INSERT INTO commitment_fts(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
END;
