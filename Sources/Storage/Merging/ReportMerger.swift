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
    func matches(for reading: ReportReading, fingerprint: ReportFingerprint) throws -> [Match] {
        let bands = fingerprint.bands
        var candidates: [Int64: (ReportReading, Int64)] = [:]
        var nearCopyCandidates: Set<Int64> = []
        var similarities: [Int64: Double] = [:]
        // An issuer in common, a window of days: `report_issuer_day`'s key.
        // Issuers, day and kind are checked on the index's few columns
        // before a candidate's whole reading is read.
        if let day = reading.matchDay {
            let window = max(MergeRules.publishedAfterText.upperBound, MergeRules.publishedApart)
            let statement = try db.cachedStatement(sql: """
                SELECT d.article_id, r.issuers, r.match_day, r.day_source, r.kind
                FROM report_issuer_day d JOIN report r ON r.article_id = d.article_id
                WHERE d.party_code = ? AND d.match_day BETWEEN ? AND ?
                """)
            let issuers = Set(reading.issuers)
            var wanted: Set<Int64> = []
            for issuer in reading.issuers {
                let rows = try Row.fetchCursor(statement, arguments: [issuer, day - window, day + window])
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    guard !wanted.contains(id),
                          let kind = StatementKind(rawValue: row[4]), MergeRules.compatible(kind, reading.kind),
                          SameStatementRule.daysAgree(day, reading.daySource, row[2],
                                                      ReportReading.DaySource(rawValue: row[3]) ?? .none) else { continue }
                    let other = Set((row[1] as String).split(separator: " ").map(String.init))
                    let common = issuers.intersection(other)
                    guard common == issuers || common == other else { continue }
                    wanted.insert(id)
                }
            }
            try read(wanted, into: &candidates)
        }
        // A party and the round, for reports that give a round.
        if let round = reading.round, round >= MergeRules.smallestIdentifyingRound {
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
                    candidates[candidate.articleID] = (candidate, row["statement_id"])
                }
            }
        }
        // Shared MinHash bands: the primary key of `report_band`.
        if !bands.isEmpty {
            let statement = try db.cachedStatement(sql: """
                SELECT article_id FROM report_band WHERE band = ? LIMIT \(MergeRules.maxArticlesPerBand + 1)
                """)
            for band in bands {
                let ids = try Int64.fetchAll(statement, arguments: [band])
                guard ids.count <= MergeRules.maxArticlesPerBand else { continue }
                nearCopyCandidates.formUnion(ids)
            }
            // Their similarity is estimated from the stored signatures; only
            // those near enough are read.
            let signatures = try db.cachedStatement(sql: """
                SELECT r.signature, r.shingle_count, r.language, r.match_day, r.day_source, r.round
                FROM report r WHERE r.article_id = ?
                """)
            for id in nearCopyCandidates.sorted() {
                guard let row = try Row.fetchOne(signatures, arguments: [id]),
                      row[2] as String == reading.language.rawValue else { continue }
                // A day both texts fix, or a round, that differs rules a
                // near-copy out (`SameStatementRule.conflict`) before the
                // candidate is read: one template's articles share much.
                if reading.daySource == .text, row[4] as String == ReportReading.DaySource.text.rawValue,
                   row[3] as Int? != reading.matchDay { continue }
                if let round = reading.round, let other = row[5] as Int?, other != round { continue }
                let blob = (row[0] as Data?).map { [UInt8]($0) } ?? []
                let similarity = Shingles.estimatedSimilarity(
                    fingerprint.signature, count: fingerprint.shingles.hashes.count,
                    ReportFingerprint.signature(blob: blob), count: row[1])
                if similarity >= MergeRules.nearCopySimilarity { similarities[id] = similarity }
            }
            try read(Set(similarities.keys), into: &candidates)
        }
        var matches: [Match] = []
        for (id, (candidate, statementID)) in candidates.sorted(by: { $0.key < $1.key }) {
            let similarity = similarities[id]
            if let link = SameStatementRule.link(reading, candidate, similarity: similarity) {
                matches.append(Match(articleID: id, statementID: statementID, link: link))
            }
        }
        return matches
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
        let bands = fingerprint.bands
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
        for band in bands {
            values.append(band)
            values.append(reading.articleID)
        }
        try Self.insertBands.run(values, in: db)
        for match in matches {
            try db.cachedStatement(sql: "INSERT INTO report_link(article_id, other_id, rule, reason) VALUES (?, ?, ?, ?)")
                .execute(arguments: [reading.articleID, match.articleID, match.link.rule.rawValue, match.link.reason])
        }
    }

    private static let insertIssuerDays = MultiRowInsert(
        "INSERT OR IGNORE INTO report_issuer_day(party_code, match_day, article_id) VALUES ", width: 3, maxRows: 16)
    private static let insertPartyRounds = MultiRowInsert(
        "INSERT OR IGNORE INTO report_party_round(party_code, round, article_id) VALUES ", width: 3, maxRows: 16)
    private static let insertBands = MultiRowInsert(
        "INSERT OR IGNORE INTO report_band(band, article_id) VALUES ", width: 2, maxRows: 16)
}
