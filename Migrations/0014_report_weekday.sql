-- Entente archive, version 14: the weekday an undated report names.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- A report that gives no day (neither its text nor a publication date) but
-- whose lead names a weekday ("on Friday", "jeudi", "السبت") and a venue
-- joins a dated report of the same issuers whose day falls on that weekday,
-- when that weekday singles out one day among them
-- (Sources/Storage/Merging/SameStatementRule.swift, sameWeekday). The two
-- look-ups, from either side, are indexed, never a scan:
--
-- - an undated report finds the dated reports of its issuers on its weekday
--   (`report_text_weekday`: the weekday of a day counted from 1970-01-01,
--   a Thursday, written as `SameStatementRule.weekdaySQL` writes it);
-- - a dated report finds the undated reports of its issuers that name its
--   day's weekday and a venue (`report_undated_weekday`).
--
-- Reports archived before this version have no weekday (their text is not
-- read again): unknown stays unknown.

PRAGMA user_version = 14;

-- 1 = Sunday … 7 = Saturday, as `Lexicons/dates.txt` numbers them.
ALTER TABLE report ADD COLUMN lead_weekday INTEGER CHECK (lead_weekday IS NULL OR lead_weekday BETWEEN 1 AND 7);

CREATE INDEX report_undated_weekday ON report(issuers, lead_weekday)
    WHERE match_day IS NULL AND lead_weekday IS NOT NULL AND venue IS NOT NULL;
CREATE INDEX report_text_weekday ON report(issuers, ((match_day % 7) + 11) % 7 + 1, match_day)
    WHERE day_source = 'text';
