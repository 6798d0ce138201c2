-- Entente archive, version 13: MinHash bands too common to be evidence.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- A band shared by more articles than `MergeRules.maxArticlesPerBand` (16)
-- is boilerplate (a dateline pattern, an agency's template), never followed
-- to candidates. Such a band is listed here once and its rows leave
-- `report_band`: a look-up of it finds nothing in one probe, and its later
-- articles write no row for it (Sources/Storage/Merging/ReportMerger+Bands.swift).
-- Articles are never deleted, so a band once past the cap stays past it and
-- merging decides exactly as when every row was kept and counted.
--
-- Bands archived before this version: those with more rows than the cap are
-- listed and their rows removed.

PRAGMA user_version = 13;

CREATE TABLE report_stop_band (
    band            INTEGER PRIMARY KEY
);

INSERT INTO report_stop_band(band)
    SELECT band FROM report_band GROUP BY band HAVING count(*) > 16;

DELETE FROM report_band WHERE band IN (SELECT band FROM report_stop_band);
