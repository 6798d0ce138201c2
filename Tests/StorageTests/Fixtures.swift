import Foundation
import GRDB
import Model
@testable import Storage

/// Hand-made extractions, so storage is tested without the extractor.
enum Fixtures {
    /// Three statements in two languages, two of them on water and one undated:
    /// the archive that the search and browsing tests read.
    static var threeStatements: [(article: Article, extraction: Extraction)] {
        [
            extraction(
                "China and Pakistan agreed to deepen counterterrorism cooperation. They welcomed the water talks.",
                date: "2026-01-05", issuers: ["CN", "PK"], mentioned: ["AF"],
                commitments: [("agreed to deepen counterterrorism cooperation", .pledge, [.counterterrorism, .security]),
                              ("They welcomed the water talks", .welcome, [.water])]),
            extraction(
                "Egypt and Sudan called for a binding agreement on the water of the Nile.",
                kind: .communique, date: "2021-06-10", issuers: ["EG", "SD"],
                commitments: [("called for a binding agreement on the water of the Nile", .call, [.water])]),
            extraction(
                "واتفق الجانبان على تعزيز التعاون في مكافحة الإرهاب",
                language: .arabic, date: nil, issuers: ["SA", "PK"],
                commitments: [("واتفق الجانبان على تعزيز التعاون في مكافحة الإرهاب", .pledge, [.counterterrorism])]),
        ]
    }

    static func extraction(
        _ text: String, language: Language = .english, kind: StatementKind = .jointStatement,
        date: String? = "2026-01-05", issuers: [PartyCode] = ["CN", "PK"], mentioned: [PartyCode] = [],
        round: Int = Fixtures.nextRound(), commitments: [(String, CommitmentType, [Topic])]
    ) -> (article: Article, extraction: Extraction) {
        var parts: [Commitment] = []
        let scalars = Array(text.unicodeScalars)
        for (clause, type, topics) in commitments {
            let clauseScalars = Array(clause.unicodeScalars)
            var start = 0
            while start + clauseScalars.count <= scalars.count,
                  Array(scalars[start..<start + clauseScalars.count]) != clauseScalars { start += 1 }
            parts.append(Commitment(
                text: clause, type: type, by: issuers, topics: topics, start: start, end: start + clauseScalars.count))
        }
        let statement = Statement(
            kind: kind, date: date.flatMap(StatementDate.init(iso:)) ?? .unknown, venue: "Beijing",
            mechanism: "strategic dialogue", round: round)
        let parties = issuers.map { Party(code: $0, role: .issuer) } + mentioned.map { Party(code: $0, role: .mentioned) }
        let extraction = Extraction(
            language: language, statement: statement, parties: parties,
            persons: [Person(name: "Wang Yi", role: .foreignMinister, party: "CN")],
            commitments: parts, text: text)
        return (Article(text: text, title: "Title", source: "Agency", url: "https://example.org/a",
                        published: StatementDate(iso: "2026-01-05"), language: language), extraction)
    }

    /// A round of its own for each fixture unless a test gives one: fixtures
    /// otherwise share issuers, date, mechanism and venue, which makes them
    /// reports of one statement (Merging/).
    static func nextRound() -> Int {
        roundLock.lock()
        defer { roundLock.unlock() }
        lastRound += 1
        return lastRound
    }

    nonisolated(unsafe) private static var lastRound = 0
    private static let roundLock = NSLock()

    /// A path in a fresh folder under this test process's own folder, which
    /// goes away when the process exits.
    static func temporaryPath(_ name: String = "archive.sqlite") -> String {
        let folder = root.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    private static let root: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.root) }
        return folder
    }()
}

extension Fixtures {
    /// Migrates an old archive and empties its list of reports to group
    /// (`0011_ungrouped_reports.sql`), for tests of a migration that must
    /// see its rows come out as they went in.
    static func markReportsGrouped(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Archive.migrator.migrate(queue)
        try queue.write { db in try db.execute(sql: "DELETE FROM report_ungrouped") }
        try queue.close()
    }
}

extension Archive {
    /// The `PRAGMA user_version` a fully migrated archive carries: the
    /// number of the last migration file, which each migration sets.
    static var latestMigrationVersion: Int {
        Int(migrator.migrations.last!.prefix { $0.isNumber })!
    }
}
