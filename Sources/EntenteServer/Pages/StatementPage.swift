import Model
import Storage

/// What the statement page shows: its fields, parties and persons, its
/// numbered commitments, and every report's text with each commitment
/// marked where it was read.
struct StatementPage: Sendable {
    /// The window's title (`<title>`).
    var pageTitle: String
    var heading: String
    var mergedNote: String?
    var facts: [Fact]
    var issuers: [PartyLabel]
    var mentioned: [PartyLabel]
    var persons: [PersonItem]
    var hasPersons: Bool
    var commitments: [CommitmentItem]
    var reports: [ReportItem]
    var notes: [String]
    var hasNotes: Bool
    var jsonLink: String

    struct Fact: Sendable { var label: String; var value: String }

    struct PersonItem: Sendable {
        var name: String
        var role: String
        var party: PartyLabel?
    }

    struct CommitmentItem: Sendable {
        var number: Int
        /// The list item's id; `evidence` links to its clause in the report.
        var anchor: String
        var evidence: String
        var type: String
        var context: String?
        var by: [PartyLabel]
        var topics: [String]
        var text: String
        var lang: String
        var dir: String
        var articleID: Int64
    }

    struct ReportItem: Sendable {
        var anchor: String
        var articleID: Int64
        var title: String
        var titleLang: String
        var titleDir: String
        var source: String
        var language: String
        var published: String
        var url: String?
        var joined: [String]
        var lang: String
        var dir: String
        var runs: [ArticleRun]
    }

    /// A stretch of an article: plain, or a commitment's clause.
    struct ArticleRun: Sendable {
        var text: String
        var marked: Bool
        var anchor: String
        var number: Int
        var type: String

        static func plain(_ text: String) -> ArticleRun {
            ArticleRun(text: text, marked: false, anchor: "", number: 0, type: "")
        }
    }
}

extension StatementPage {
    init(detail: StatementDetail, reports texts: [ReportText], askedID: Int64) {
        let kind = Labels.words(detail.kind)
        heading = "\(kind.prefix(1).uppercased() + kind.dropFirst()), \(detail.date ?? "undated")"
        pageTitle = "Statement \(detail.id): \(heading) — Entente"
        mergedNote = detail.id != askedID ? "Statement \(askedID) was merged into this one." : nil
        facts = [
            Fact(label: "Statement", value: String(detail.id)),
            Fact(label: "Kind", value: kind),
            Fact(label: "Date", value: detail.date.map { "\($0) (\(detail.datePrecision))" } ?? "unknown"),
            Fact(label: "Venue", value: detail.venue ?? "—"),
        ]
        if let mechanism = detail.mechanism {
            facts.append(Fact(label: "Mechanism", value: mechanism + (detail.round.map { ", round \($0)" } ?? "")))
        }
        issuers = detail.parties.filter { $0.role == .issuer }.map { PartyLabel($0.code, name: $0.name) }
        mentioned = detail.parties.filter { $0.role != .issuer }.map { PartyLabel($0.code, name: $0.name) }
        persons = detail.persons.map {
            PersonItem(name: $0.name, role: Labels.words($0.role), party: $0.party.map { PartyLabel($0) })
        }
        hasPersons = !persons.isEmpty
        var numbers: [Int64: Int] = [:]
        commitments = detail.commitments.enumerated().map { index, row in
            numbers[row.commitmentID] = index + 1
            return CommitmentItem(
                number: index + 1, anchor: "n\(row.commitmentID)", evidence: "#c\(row.commitmentID)", type: row.type.rawValue, context: row.context?.rawValue,
                by: row.committedBy.map { PartyLabel($0) }, topics: row.topics.map { Labels.words($0) }, text: row.text,
                lang: row.language.rawValue, dir: Labels.direction(of: row.language), articleID: row.articleID)
        }
        let sources = Dictionary(detail.sources.map { ($0.articleID, $0) }, uniquingKeysWith: { first, _ in first })
        let types = Dictionary(detail.commitments.map { ($0.commitmentID, $0.type) }, uniquingKeysWith: { first, _ in first })
        reports = texts.map { text in
            let source = sources[text.articleID]
            return ReportItem(
                anchor: "a\(text.articleID)", articleID: text.articleID, title: text.title ?? "(untitled)",
                titleLang: text.language.rawValue, titleDir: Labels.direction(of: text.language),
                source: text.source ?? "outlet unknown", language: Labels.languageName(text.language),
                published: text.published ?? "publication date unknown", url: source?.url,
                joined: source?.joined ?? [], lang: text.language.rawValue, dir: Labels.direction(of: text.language),
                runs: Self.runs(of: text, numbers: numbers, types: types))
        }
        notes = detail.fieldNotes
        hasNotes = !notes.isEmpty
        jsonLink = "/api/statements/\(detail.id)"
    }

    /// The article's text cut at its commitments' spans (offsets in
    /// Unicode scalars); a span that overlaps the one before, or lies
    /// outside the text, is left unmarked.
    static func runs(of report: ReportText, numbers: [Int64: Int], types: [Int64: CommitmentType]) -> [ArticleRun] {
        let scalars = Array(report.text.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var runs: [ArticleRun] = []
        var position = 0
        for span in report.spans where span.start >= position && span.start < span.end && span.end <= scalars.count {
            if span.start > position {
                runs.append(.plain(text(position..<span.start)))
            }
            runs.append(ArticleRun(text: text(span.start..<span.end), marked: true, anchor: "c\(span.commitmentID)",
                                   number: numbers[span.commitmentID] ?? 0, type: types[span.commitmentID]?.rawValue ?? ""))
            position = span.end
        }
        if position < scalars.count {
            runs.append(.plain(text(position..<scalars.count)))
        }
        return runs
    }
}
