import GRDB

/// MinHash bands (`report_band`): an article's candidate near-copies are the
/// articles that share one of its bands. A band shared by more than
/// `MergeRules.maxArticlesPerBand` articles is boilerplate and never followed:
/// it is listed in `report_stop_band` (`Migrations/0013_report_stop_bands.sql`)
/// and keeps no rows, so that its look-up finds nothing at once and its
/// later articles write nothing for it.
extension ReportMerger {
    /// Shared MinHash bands: the primary key of `report_band`. Their
    /// similarity is estimated from the stored signatures, read in the same
    /// query; only those near enough are read whole.
    func bandCandidates(of reading: ReportReading, fingerprint: ReportFingerprint, into found: inout Candidates) throws {
        let statement = try db.cachedStatement(sql: """
            SELECT b.article_id, r.language, r.match_day, r.day_source, r.round, r.signature, r.shingle_count
            FROM report_band b JOIN report r ON r.article_id = b.article_id
            WHERE b.band = ?
            """)
        for band in fingerprint.bands {
            let rows = try Row.fetchCursor(statement, arguments: [band])
            while let row = try rows.next() {
                let id: Int64 = row[0]
                guard found.similarities[id] == nil,
                      let similarity = nearCopySimilarity(
                          of: reading, fingerprint: fingerprint, to: row[1], day: row[2],
                          source: ReportReading.DaySource(rawValue: row[3]) ?? .none, round: row[4], signature: row[5], count: row[6])
                else { continue }
                found.similarities[id] = similarity
                found.wanted.insert(id)
            }
        }
    }

    /// Stores the article's bands, except stop bands; a band that this
    /// article takes past the cap becomes one, and its rows go.
    func insertBands(of articleID: Int64, _ bands: [Int64]) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO report_band(band, article_id)
            SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM report_stop_band WHERE band = ?1)
            """)
        let count = try db.cachedStatement(sql: "SELECT count(*) FROM report_band WHERE band = ?")
        for band in bands {
            try insert.execute(arguments: [band, articleID])
            guard db.changesCount > 0,
                  try Int.fetchOne(count, arguments: [band])! > MergeRules.maxArticlesPerBand else { continue }
            try db.execute(sql: "INSERT INTO report_stop_band(band) VALUES (?)", arguments: [band])
            try db.execute(sql: "DELETE FROM report_band WHERE band = ?", arguments: [band])
        }
    }
}
