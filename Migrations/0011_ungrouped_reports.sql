-- Entente archive, version 11: the reports that were never grouped.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- 0007 gave every article archived before merging existed its `report` row,
-- but no near-copy signature, no bands and no links: those articles each
-- kept their own statement. They are listed here, and the next Entente that
-- opens the archive for writing groups them by today's rules, in one
-- transaction with the emptying of this list
-- (Sources/Storage/Merging/UngroupedReports.swift): a grouping that fails
-- or is interrupted leaves the list whole, to be done again. A report that
-- 0007 wrote has neither signature nor shingle count; one that ingest wrote
-- has both, unless its text has no word, and then grouping it again finds
-- what its ingest found.

PRAGMA user_version = 11;

CREATE TABLE report_ungrouped (
    article_id      INTEGER PRIMARY KEY REFERENCES report(article_id) ON DELETE CASCADE
);
INSERT INTO report_ungrouped(article_id)
SELECT article_id FROM report WHERE signature IS NULL AND shingle_count = 0;
