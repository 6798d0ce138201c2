import EntenteServer
import Foundation
import Model
import Storage

/// A small archive written for the server's tests: three statements in
/// three languages, and one whose title, text and outlet hold markup,
/// attribute breakers and terminal escapes. The French report has no title.
enum ServerFixture {
    static let hostileTitle = "<script>alert('title')</script> \"'><b>"
    static let hostileClause = "pledged to stop <img src=x onerror=alert(1)> \"quoted\" 'single' \u{1B}[2J attacks"
    static let hostileSource = "Wire \u{9B}31m</a>"

    /// An archive at a fresh path with the fixture's statements, and the
    /// settings to serve it.
    static func settings() throws -> ServerSettings {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("archive.sqlite").path
        let archive = try Archive(path: path, mode: .write)
        let results = try archive.ingest([
            article(
                "China and Pakistan agreed to deepen counterterrorism cooperation. They welcomed the water talks.",
                title: "China and Pakistan hold dialogue", date: "2026-01-05", issuers: ["CN", "PK"], mentioned: ["AF"],
                clauses: [("agreed to deepen counterterrorism cooperation", .pledge, [.counterterrorism, .security]),
                          ("They welcomed the water talks", .welcome, [.water])]),
            article(
                "Egypt and Sudan called for a binding agreement on the water of the Nile.",
                title: "Nile statement", kind: .communique, date: "2021-06-10", issuers: ["EG", "SD"],
                clauses: [("called for a binding agreement on the water of the Nile", .call, [.water])]),
            article(
                "واتفق الجانبان على تعزيز التعاون في مجال الطاقة.",
                title: "بيان مشترك", language: .arabic, date: "2025-03-02", issuers: ["SA", "PK"],
                clauses: [("اتفق الجانبان على تعزيز التعاون في مجال الطاقة", .pledge, [.energy])]),
            article(
                "La France et le Maroc ont salué la coopération dans le domaine de l'eau.",
                title: nil, language: .french, kind: .declaration, date: "2024-11", issuers: ["FR", "MA"],
                clauses: [("ont salué la coopération dans le domaine de l'eau", .welcome, [.water])]),
            article(
                "The ministers \(hostileClause) in the region.",
                title: hostileTitle, source: hostileSource, date: "2023-02-01", issuers: ["JO", "QA"],
                clauses: [(hostileClause, .pledge, [.security])]),
        ])
        for result in results { _ = try result.get() }
        try archive.close()
        return ServerSettings(archivePath: path)
    }

    static func article(
        _ text: String, title: String?, source: String = "Agency", language: Language = .english,
        kind: StatementKind = .jointStatement, date: String, issuers: [PartyCode], mentioned: [PartyCode] = [],
        clauses: [(String, CommitmentType, [Topic])]
    ) -> (article: Article, extraction: Extraction) {
        let scalars = Array(text.unicodeScalars)
        let commitments = clauses.map { clause, type, topics in
            let wanted = Array(clause.unicodeScalars)
            var start = 0
            while start + wanted.count <= scalars.count, Array(scalars[start..<start + wanted.count]) != wanted { start += 1 }
            if start + wanted.count > scalars.count { start = 0 }
            return Commitment(text: clause, type: type, by: issuers, topics: topics, start: start, end: start + wanted.count)
        }
        let statement = Statement(kind: kind, date: StatementDate(iso: date) ?? .unknown, venue: "Capital",
                                  mechanism: nil, round: nil)
        let parties = issuers.map { Party(code: $0, role: .issuer) } + mentioned.map { Party(code: $0, role: .mentioned) }
        let extraction = Extraction(
            language: language, statement: statement, parties: parties,
            persons: [Person(name: language == .arabic ? "فيصل بن فرحان" : "Wang Yi", role: .foreignMinister, party: issuers[0])],
            commitments: commitments, text: text)
        return (Article(text: text, title: title, source: source, url: "https://example.org/\(issuers[0].rawValue)",
                        published: date.count == 10 ? StatementDate(iso: date) : nil, language: language), extraction)
    }
}
