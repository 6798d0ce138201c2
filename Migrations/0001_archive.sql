-- Entente archive, version 1: articles, statements, parties, persons,
-- commitments and their full-text index.
--
-- This file has shipped: never edit it. Change the schema with a new,
-- higher-numbered file.

-- Identifies the file as an Entente archive ("ENTE").
PRAGMA application_id = 1162761285;

-- The schema version, for tools that read it without knowing GRDB (the
-- migrations applied are listed in grdb_migrations).
PRAGMA user_version = 1;

-- Parties: countries by ISO 3166-1 alpha-2 code, organisations by short code.
CREATE TABLE party (
    code        TEXT PRIMARY KEY NOT NULL
                CHECK (code = upper(code) AND length(code) BETWEEN 2 AND 8 AND code NOT GLOB '*[^A-Z0-9]*'),
    kind        TEXT NOT NULL CHECK (kind IN ('country', 'organization')),
    name_en     TEXT,
    name_ar     TEXT,
    name_fr     TEXT
) WITHOUT ROWID;

-- One diplomatic statement; several articles may report it.
CREATE TABLE statement (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('joint_statement', 'communique', 'declaration',
                                                  'readout', 'press_statement', 'news_report')),
    date            TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    date_precision  TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    venue           TEXT,
    mechanism       TEXT,
    round           INTEGER CHECK (round IS NULL OR round > 0),
    CHECK ((date IS NULL) = (date_precision = 'unknown')),
    CHECK (date IS NULL OR length(date) = CASE date_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)
);
CREATE INDEX statement_date ON statement(date);

-- One report as received. The same text twice is one article.
CREATE TABLE article (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    content_hash    TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    title           TEXT,
    source          TEXT,
    url             TEXT,
    language        TEXT NOT NULL CHECK (language IN ('ar', 'en', 'fr')),
    published       TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    ingested_at     TEXT NOT NULL,
    text            TEXT NOT NULL CHECK (length(text) > 0)
);
CREATE INDEX article_statement ON article(statement_id);

CREATE TABLE statement_party (
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    party_code      TEXT NOT NULL REFERENCES party(code),
    role            TEXT NOT NULL CHECK (role IN ('issuer', 'mentioned')),
    PRIMARY KEY (statement_id, party_code)
) WITHOUT ROWID;
CREATE INDEX statement_party_party ON statement_party(party_code, statement_id);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    role            TEXT NOT NULL CHECK (role IN ('foreign_minister', 'president', 'prime_minister',
                                                  'deputy_prime_minister', 'king', 'crown_prince', 'emir',
                                                  'minister', 'secretary_general', 'ambassador',
                                                  'spokesperson', 'other')),
    party_code      TEXT REFERENCES party(code)
);
CREATE INDEX person_statement ON person(statement_id);

-- The controlled list of topics.
CREATE TABLE topic (
    name TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;
INSERT INTO topic(name) VALUES
    ('security'), ('counterterrorism'), ('economy'), ('trade'), ('investment'), ('finance'),
    ('energy'), ('infrastructure'), ('agriculture'), ('industry'), ('mining'), ('technology'),
    ('cyber'), ('space'), ('health'), ('education'), ('culture'), ('water'), ('climate'),
    ('sovereignty'), ('territorial'), ('humanitarian'), ('regional_conflict'),
    ('diplomatic_process'), ('other');

-- One clause: a pledge, support, position, call, welcome or condemnation.
-- `search_text` prefixes the clause with a private-use character naming the
-- article's language (U+E001 ar, U+E002 en, U+E003 fr), which the `entente`
-- tokenizer reads to pick the Latin-script stemmer.
CREATE TABLE commitment (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL CHECK (ordinal >= 1),
    text            TEXT NOT NULL CHECK (length(text) > 0),
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL,
    type            TEXT NOT NULL CHECK (type IN ('pledge', 'support', 'position', 'call', 'welcome', 'condemn')),
    context         TEXT CHECK (context IS NULL OR context IN ('negated', 'conditional')),
    target          TEXT,
    language        TEXT NOT NULL CHECK (language IN ('ar', 'en', 'fr')),
    search_text     TEXT GENERATED ALWAYS AS (
                        CASE language WHEN 'ar' THEN char(57345) WHEN 'en' THEN char(57346) ELSE char(57347) END || text
                    ) VIRTUAL,
    UNIQUE (statement_id, ordinal),
    CHECK (end_offset > start_offset)
);
CREATE INDEX commitment_article ON commitment(article_id);

CREATE TABLE commitment_party (
    commitment_id   INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    party_code      TEXT NOT NULL REFERENCES party(code),
    PRIMARY KEY (commitment_id, party_code)
) WITHOUT ROWID;
CREATE INDEX commitment_party_party ON commitment_party(party_code, commitment_id);

CREATE TABLE commitment_topic (
    commitment_id   INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    topic           TEXT NOT NULL REFERENCES topic(name),
    PRIMARY KEY (commitment_id, topic)
) WITHOUT ROWID;
CREATE INDEX commitment_topic_topic ON commitment_topic(topic, commitment_id);

-- Full-text index over commitment text: external content, kept in sync by triggers.
CREATE VIRTUAL TABLE commitment_fts USING fts5(
    search_text,
    content = 'commitment',
    content_rowid = 'id',
    tokenize = 'entente'
);

CREATE TRIGGER commitment_fts_insert AFTER INSERT ON commitment BEGIN
    INSERT INTO commitment_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER commitment_fts_delete AFTER DELETE ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER commitment_fts_update AFTER UPDATE OF text, language ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO commitment_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;

-- Facts about the archive itself: the search analyzer version the index was built with.
CREATE TABLE archive_info (
    key     TEXT PRIMARY KEY NOT NULL,
    value   TEXT NOT NULL
) WITHOUT ROWID;
