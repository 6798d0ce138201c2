-- Entente archive, version 10: the look-up of undated reports by issuers
-- and venue.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- Reports that give no day (neither the text nor a publication date) join
-- another undated report of the same issuers in the same venue
-- (Sources/Storage/Merging/SameStatementRule.swift, samePlace). Their
-- candidates are found through this index, never by a scan; dated reports
-- and reports without a venue never join that way and are left out of it.

PRAGMA user_version = 10;

CREATE INDEX report_place ON report(issuers, venue) WHERE venue IS NOT NULL AND match_day IS NULL;
