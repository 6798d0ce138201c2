-- Entente archive, version 10: the look-up of reports by issuers and venue.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- Reports that give no day (neither the text nor a publication date) join
-- another report of the same issuers in the same venue
-- (Sources/Storage/Merging/SameStatementRule.swift, samePlace). Their
-- candidates are found through this index, never by a scan: an undated
-- report looks up every report of its issuers and venue, a dated one the
-- undated ones (match_day IS NULL). Reports without a venue never join that
-- way and are left out of the index.

PRAGMA user_version = 10;

CREATE INDEX report_place ON report(issuers, venue, match_day) WHERE venue IS NOT NULL;
