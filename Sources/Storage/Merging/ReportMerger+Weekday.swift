import GRDB
import Model

/// The look-ups of `SameStatementRule.sameWeekday`
/// (`Migrations/0014_report_weekday.sql`), from either side: an undated
/// report that names a weekday and a venue finds the dated reports of its
/// issuers on that weekday, a dated report finds the undated reports of its
/// issuers that name its day's weekday. Either way the two join on it only
/// when the weekday singles out one day among the dated reports that agree
/// with the undated one (a weekly meeting's reports fall on two or more).
extension ReportMerger {
    /// The weekday (1 = Sunday … 7 = Saturday) of `report.match_day`, written
    /// as the index `report_text_weekday` writes it, so that SQLite uses it.
    static let weekdaySQL = "((match_day % 7) + 11) % 7 + 1"

    /// Adds to `found` the reports on the other side of a weekday.
    func weekdayCandidates(of reading: ReportReading, into found: inout Candidates) throws {
        if reading.matchDay == nil {
            guard Self.mayNameItsDay(reading), let dated = try datedOnWeekday(of: reading) else { return }
            found.wanted.formUnion(dated)
        } else if reading.daySource == .text, let day = reading.matchDay, reading.issuers.count >= MergeRules.issuersOfAnUndatedReport,
                  MergeRules.family(reading.kind) == .joint {
            let statement = try db.cachedStatement(sql: """
                SELECT article_id FROM report
                WHERE issuers = ? AND lead_weekday = ? AND match_day IS NULL AND venue IS NOT NULL
                """)
            found.wanted.formUnion(try Int64.fetchAll(statement, arguments: [reading.issuersKey, Weekday(dayNumber: day).rawValue]))
        }
    }

    /// The link the weekday makes between `reading` and `candidate`, when
    /// `SameStatementRule.sameWeekday` joins them and the undated one's
    /// weekday singles out the dated one's day. `days` keeps, by undated
    /// article, the days its weekday agrees with (nil: too many reports).
    /// An archived undated report that `reading`'s day makes ambiguous is
    /// added to `ambiguous`: had it come last, it would have joined none.
    func weekdayLink(
        _ reading: ReportReading, _ candidate: ReportReading, days: inout [Int64: Set<Int>?], ambiguous: inout Set<Int64>
    ) throws -> ReportLink? {
        guard let link = SameStatementRule.sameWeekday(reading, candidate) else { return nil }
        let (undated, dated) = reading.matchDay == nil ? (reading, candidate) : (candidate, reading)
        if days[undated.articleID] == nil {
            days[undated.articleID] = try agreeingDays(of: undated)
        }
        var agreeing = days[undated.articleID]!
        // The report being archived is not in the archive yet.
        if let day = reading.matchDay { agreeing?.insert(day) }
        guard agreeing == [dated.matchDay!] else {
            if reading.matchDay != nil { ambiguous.insert(undated.articleID) }
            return nil
        }
        return link
    }

    /// Removes the links an undated report's weekday made (to dated reports
    /// that no round ties it to), once another day on that weekday made it
    /// ambiguous, so that the archive groups its reports as if it had come
    /// last. Returns its statement when a link went: it must be regrouped.
    func undoWeekdayLinks(of undated: Int64) throws -> Int64? {
        let links = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT article_id, other_id FROM report_link WHERE rule = 'same_statement' AND ? IN (article_id, other_id)
            """), arguments: [undated])
        let others = Set(links.map { row -> Int64 in row[0] == undated ? row[1] : row[0] })
        var readings: [Int64: (ReportReading, Int64)] = [:]
        try read(others.union([undated]), into: &readings)
        guard let (own, statement) = readings[undated] else { return nil }
        var removed = false
        for other in others.sorted() {
            guard let (dated, _) = readings[other], dated.matchDay != nil, SameStatementRule.sameRound(own, dated) == nil else { continue }
            try db.cachedStatement(sql: "DELETE FROM report_link WHERE article_id = ? AND other_id = ?")
                .execute(arguments: [max(undated, other), min(undated, other)])
            removed = true
        }
        return removed ? statement : nil
    }

    /// Whether an undated report can join a dated one on its weekday: the
    /// look-up's conditions, checked before any query.
    static func mayNameItsDay(_ reading: ReportReading) -> Bool {
        reading.matchDay == nil && reading.weekday != nil && reading.venue != nil
            && reading.issuers.count >= MergeRules.issuersOfAnUndatedReport && MergeRules.family(reading.kind) == .joint
    }

    /// The archived reports of `undated`'s issuers whose text fixes a day on
    /// its weekday, inside its year or month when it gives one; nil when
    /// there are more than `MergeRules.maxDatedReportsOnAWeekday`.
    private func datedOnWeekday(of undated: ReportReading) throws -> [Int64]? {
        guard let weekday = undated.weekday else { return [] }
        let statement = try db.cachedStatement(sql: """
            SELECT article_id FROM report
            WHERE issuers = ? AND \(Self.weekdaySQL) = ? AND day_source = 'text' AND match_day BETWEEN ? AND ?
            LIMIT \(MergeRules.maxDatedReportsOnAWeekday + 1)
            """)
        let window = Self.window(of: undated.date)
        let ids = try Int64.fetchAll(statement, arguments: [undated.issuersKey, weekday.rawValue, window.lowerBound, window.upperBound])
        return ids.count <= MergeRules.maxDatedReportsOnAWeekday ? ids : nil
    }

    /// The days of the archived dated reports that `undated`'s weekday
    /// agrees with (`sameWeekday`); nil when its issuers have too many on it.
    private func agreeingDays(of undated: ReportReading) throws -> Set<Int>? {
        guard let ids = try datedOnWeekday(of: undated) else { return nil }
        var readings: [Int64: (ReportReading, Int64)] = [:]
        try read(Set(ids), into: &readings)
        return Set(readings.values.compactMap { dated, _ in
            SameStatementRule.sameWeekday(undated, dated) == nil ? nil : dated.matchDay
        })
    }

    /// The days (since 1970-01-01) an undated report's own date allows: its
    /// month or its year, all days when it gives neither.
    static func window(of date: StatementDate) -> ClosedRange<Int> {
        guard let year = date.year else { return Int.min...Int.max }
        guard let month = date.month else {
            return StatementDate.dayNumber(year: year, month: 1, day: 1)...StatementDate.dayNumber(year: year, month: 12, day: 31)
        }
        return StatementDate.dayNumber(year: year, month: month, day: 1)
            ... StatementDate.dayNumber(year: year, month: month, day: StatementDate.daysIn(month: month, year: year))
    }
}
