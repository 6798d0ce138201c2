import Foundation
import GRDB
import Model

/// In the transaction that archives an article: finds the archived articles
/// that report the same statement, through two indexed look-ups (never a
/// scan), and records the article's reading, bands and links.
struct ReportMerger {
    let db: Database

    /// An archived article that reports the same statement, and why.
    struct Match {
        var articleID: Int64
        var statementID: Int64
        var link: ReportLink
    }

    /// The archived articles that `reading` links to, in article order.
    ///
    /// - Parameter statementOf: the statement a statement id stands for now
    ///   (``MergeBatch/resolve(_:)``: one absorbed earlier in the batch
    ///   still names its articles), which the cap on links counts by.
    func matches(
        for reading: ReportReading, fingerprint: ReportFingerprint, statementOf: (Int64) -> Int64 = { $0 }
    ) throws -> [Match] {
        var found = Candidates()
        try issuerDayCandidates(of: reading, fingerprint: fingerprint, into: &found)
        try roundCandidates(of: reading, into: &found)
        try placeCandidates(of: reading, into: &found)
        try bandCandidates(of: reading, fingerprint: fingerprint, into: &found)
        return try compare(reading, with: found, statementOf: statementOf)
    }

    /// Compares `reading` with the candidates in article order, and with
    /// at most `MergeRules.linksPerStatement` matching reports of any one
    /// statement: one match decides that the article joins a statement, so
    /// which statements it joins does not depend on the cap (nor on the
    /// order articles came in), while the reports of a statement carried by
    /// hundreds of outlets are no longer all read for each new report that
    /// matches them (a candidate that does not match is still read).
    private func compare(_ reading: ReportReading, with found: Candidates, statementOf: (Int64) -> Int64) throws -> [Match] {
        var readings = found.readings
        let ids = Set(readings.keys).union(found.wanted).sorted()
        let statements = found.wanted.count > MergeRules.linksPerStatement ? try statementIDs(of: found.wanted) : [:]
        var linked: [Int64: Int] = [:]
        func full(_ statementID: Int64) -> Bool { linked[statementOf(statementID), default: 0] >= MergeRules.linksPerStatement }
        var matches: [Match] = []
        for id in ids {
            if let statementID = readings[id]?.1 ?? statements[id], full(statementID) { continue }
            if readings[id] == nil { try read([id], into: &readings) }
            guard let (candidate, statementID) = readings[id], !full(statementID),
                  let link = SameStatementRule.link(reading, candidate, similarity: found.similarities[id]) else { continue }
            matches.append(Match(articleID: id, statementID: statementID, link: link))
            linked[statementOf(statementID), default: 0] += 1
        }
        return matches
    }

    /// The statement of each of `ids`, from the article's row alone: what
    /// tells which candidates the cap skips before their readings are read.
    private func statementIDs(of ids: Set<Int64>) throws -> [Int64: Int64] {
        let statement = try db.cachedStatement(sql: "SELECT statement_id FROM article WHERE id = ?")
        var statements: [Int64: Int64] = [:]
        for id in ids { statements[id] = try Int64.fetchOne(statement, arguments: [id]) }
        return statements
    }

    /// What the look-ups found: readings already read, articles to read,
    /// and the estimated similarity of near-copy candidates.
    struct Candidates {
        var readings: [Int64: (ReportReading, Int64)] = [:]
        var wanted: Set<Int64> = []
        var similarities: [Int64: Double] = [:]
    }

    /// An issuer in common, a window of days: `report_issuer_day`'s key.
    /// Issuers, day and kind are checked on the index's few columns before
    /// a candidate's whole reading is read; a candidate in the same language
    /// and of a compatible kind is also compared as a near-copy (a copy of
    /// a wire whose bands all missed, or that names other issuers), from
    /// the signature in the row, against `MergeRules.nearCopySimilarityWithoutBand`.
    private func issuerDayCandidates(of reading: ReportReading, fingerprint: ReportFingerprint, into found: inout Candidates) throws {
        guard let day = reading.matchDay else { return }
        let window = max(MergeRules.publishedAfterText.upperBound, MergeRules.publishedApart)
        let statement = try db.cachedStatement(sql: """
            SELECT d.article_id, r.issuers, r.match_day, r.day_source, r.kind, r.parties,
                   r.language, r.signature, r.shingle_count, r.round
            FROM report_issuer_day d JOIN report r ON r.article_id = d.article_id
            WHERE d.party_code = ? AND d.match_day BETWEEN ? AND ?
            """)
        let issuers = Set(reading.issuers)
        let parties = Set(reading.parties.map(\.code))
        var seen: Set<Int64> = []
        for issuer in reading.issuers {
            let rows = try Row.fetchCursor(statement, arguments: [issuer, day - window, day + window])
            while let row = try rows.next() {
                let id: Int64 = row[0]
                guard seen.insert(id).inserted else { continue }
                let source = ReportReading.DaySource(rawValue: row[3]) ?? .none
                guard let kind = StatementKind(rawValue: row[4]), MergeRules.compatible(kind, reading.kind) else { continue }
                if let similarity = nearCopySimilarity(of: reading, fingerprint: fingerprint, to: row[6], day: row[2],
                                                       source: source, round: row[9], signature: row[7], count: row[8]),
                   similarity >= MergeRules.nearCopySimilarityWithoutBand {
                    found.similarities[id] = similarity
                    found.wanted.insert(id)
                    continue
                }
                let candidateIssuers = Self.codes(row[1])
                let jointSides = SameStatementRule.jointTextsOfTheSameSides(reading.kind, issuers, kind, candidateIssuers)
                guard SameStatementRule.daysAgree(day, reading.daySource, row[2], source, jointTextsOfTheSameSides: jointSides),
                      SameStatementRule.issuersAgree(issuers, parties: parties, candidateIssuers,
                                                     parties: Self.codes(row[5], roles: true)) else { continue }
                found.wanted.insert(id)
            }
        }
    }

    /// A party and the round, for reports that give a round.
    private func roundCandidates(of reading: ReportReading, into found: inout Candidates) throws {
        guard let round = reading.round, round >= MergeRules.smallestIdentifyingRound else { return }
        let statement = try db.cachedStatement(sql: """
            SELECT \(ReportReading.selection), a.statement_id
            FROM report_party_round p JOIN report r ON r.article_id = p.article_id JOIN article a ON a.id = r.article_id
            WHERE p.party_code = ? AND p.round = ?
              AND r.article_id NOT IN (SELECT article_id FROM report_split)
            """)
        for party in reading.parties {
            let rows = try Row.fetchCursor(statement, arguments: [party.code, round])
            while let row = try rows.next() {
                let candidate = ReportReading(row: row)
                found.readings[candidate.articleID] = (candidate, row["statement_id"])
            }
        }
    }

    /// The same issuers and venue, for a report with no day
    /// (`SameStatementRule.samePlace`): the other reports of those issuers
    /// in that city with no day, up to `MergeRules.maxReportsAtOnePlace`
    /// (more, and the place says nothing: none is followed).
    private func placeCandidates(of reading: ReportReading, into found: inout Candidates) throws {
        guard reading.matchDay == nil, let venue = reading.venue, reading.issuers.count >= MergeRules.issuersOfAnUndatedReport,
              MergeRules.family(reading.kind) == .joint else { return }
        let statement = try db.cachedStatement(sql: """
            SELECT article_id FROM report WHERE issuers = ? AND venue = ? AND match_day IS NULL
            LIMIT \(MergeRules.maxReportsAtOnePlace + 1)
            """)
        let ids = try Int64.fetchAll(statement, arguments: [reading.issuersKey, venue])
        guard ids.count <= MergeRules.maxReportsAtOnePlace else { return }
        found.wanted.formUnion(ids)
    }

    /// The similarity the two signatures estimate, when the candidate is in
    /// the reading's language and near enough to be a copy. A day both
    /// texts fix, or a round, that differs rules a near-copy out
    /// (`SameStatementRule.conflict`) before the candidate is read: one
    /// template's articles share much.
    func nearCopySimilarity(
        of reading: ReportReading, fingerprint: ReportFingerprint, to language: String, day: Int?,
        source: ReportReading.DaySource, round: Int?, signature: Data?, count: Int
    ) -> Double? {
        guard language == reading.language.rawValue, let signature, !fingerprint.signature.isEmpty else { return nil }
        if reading.daySource == .text, source == .text, day != reading.matchDay { return nil }
        if let own = reading.round, let round, own != round { return nil }
        let similarity = Shingles.estimatedSimilarity(
            fingerprint.signature, count: fingerprint.shingles.hashes.count,
            ReportFingerprint.signature(blob: [UInt8](signature)), count: count)
        return similarity >= MergeRules.nearCopySimilarity ? similarity : nil
    }

    /// The codes of a stored `issuers` or `parties` column.
    private static func codes(_ text: String, roles: Bool = false) -> Set<String> {
        Set(text.split(separator: " ").map { String(roles ? $0.prefix(while: { $0 != ":" }) : $0) })
    }

    /// Reads the whole reading and statement of each of `ids` (split
    /// articles left out) into `candidates`.
    private func read(_ ids: Set<Int64>, into candidates: inout [Int64: (ReportReading, Int64)]) throws {
        guard !ids.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            SELECT \(ReportReading.selection), a.statement_id FROM report r JOIN article a ON a.id = r.article_id
            WHERE r.article_id = ? AND r.article_id NOT IN (SELECT article_id FROM report_split)
            """)
        for id in ids.sorted() where candidates[id] == nil {
            guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
            candidates[id] = (ReportReading(row: row), row["statement_id"])
        }
    }

    /// Stores the article's reading, its bands and its links.
    func record(_ reading: ReportReading, fingerprint: ReportFingerprint, matches: [Match]) throws {
        try db.cachedStatement(sql: """
            INSERT INTO report(article_id, language, kind, date, venue, mechanism, round, issuers, parties, match_day, day_source,
                               signature, shingle_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                reading.articleID, reading.language.rawValue, reading.kind.rawValue, reading.date.iso, reading.venue, reading.mechanism, reading.round,
                reading.issuersKey, reading.partiesKey, reading.matchDay, reading.daySource.rawValue,
                fingerprint.signature.isEmpty ? nil : Data(fingerprint.signatureBlob), fingerprint.shingles.hashes.count,
            ])
        var values = PendingValues()
        if let day = reading.matchDay {
            for issuer in reading.issuers {
                values.append(issuer)
                values.append(day)
                values.append(reading.articleID)
            }
            try Self.insertIssuerDays.run(values, in: db)
            values.removeAll()
        }
        if let round = reading.round {
            for party in reading.parties {
                values.append(party.code)
                values.append(round)
                values.append(reading.articleID)
            }
            try Self.insertPartyRounds.run(values, in: db)
            values.removeAll()
        }
        try insertBands(of: reading.articleID, fingerprint.bands)
        for match in matches {
            try db.cachedStatement(sql: "INSERT INTO report_link(article_id, other_id, rule, reason) VALUES (?, ?, ?, ?)")
                .execute(arguments: [reading.articleID, match.articleID, match.link.rule.rawValue, match.link.reason])
        }
    }

    /// Gives a report stored without its fingerprint (an article archived
    /// before merging existed) its signature and bands.
    func recordFingerprint(of articleID: Int64, _ fingerprint: ReportFingerprint) throws {
        try db.cachedStatement(sql: "UPDATE report SET signature = ?, shingle_count = ? WHERE article_id = ?").execute(arguments: [
            fingerprint.signature.isEmpty ? nil : Data(fingerprint.signatureBlob), fingerprint.shingles.hashes.count, articleID,
        ])
        try insertBands(of: articleID, fingerprint.bands)
    }

    private static let insertIssuerDays = MultiRowInsert(
        "INSERT OR IGNORE INTO report_issuer_day(party_code, match_day, article_id) VALUES ", width: 3, maxRows: 16)
    private static let insertPartyRounds = MultiRowInsert(
        "INSERT OR IGNORE INTO report_party_round(party_code, round, article_id) VALUES ", width: 3, maxRows: 16)
}
