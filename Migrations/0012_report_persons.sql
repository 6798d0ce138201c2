-- Entente archive, version 12: each person with the report that named it.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- A statement's reports name its persons each in their own words and script
-- (Wang Yi, وانغ يي): kept per report, they can be shown as one person with
-- the names each report used (Sources/Storage/Reports/PersonGrouping.swift),
-- and they follow their article when it moves to another statement.
--
-- Ingest writes a person with its statement right after its article, so
-- the article is the statement's newest: the trigger names it when the
-- writer does not. (A writer that names the article itself skips it.)
--
-- Persons archived before this version: the statement's only article; when
-- merged statements have several, the first whose text holds the name, or
-- else the first.

PRAGMA user_version = 12;

ALTER TABLE person ADD COLUMN article_id INTEGER REFERENCES article(id) ON DELETE CASCADE;

UPDATE person SET article_id = coalesce(
    (SELECT min(a.id) FROM article a WHERE a.statement_id = person.statement_id AND instr(a.text, person.name) > 0),
    (SELECT min(a.id) FROM article a WHERE a.statement_id = person.statement_id));

CREATE INDEX person_article ON person(article_id);

CREATE TRIGGER person_names_its_article AFTER INSERT ON person WHEN new.article_id IS NULL BEGIN
    UPDATE person SET article_id = (SELECT max(id) FROM article WHERE statement_id = new.statement_id)
    WHERE id = new.id;
END;
