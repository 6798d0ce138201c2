import Model
import Storage

/// What a party's page shows: its names and counts, a chart of its
/// commitments by year and type, its statements over time and its most
/// frequent counterparts.
struct PartyPage: Sendable {
    /// The window's title (`<title>`).
    var pageTitle: String
    var code: String
    var name: String
    var names: [LocalName]
    var kind: String
    var issued: Int
    var mentioned: Int
    var commitments: Int
    var chart: YearTypeChart
    var statements: [StatementItem]
    var statementSummary: String
    var counterparts: [CounterpartItem]
    var hasCounterparts: Bool
    var searchLink: String
    var jsonLink: String

    struct LocalName: Sendable { var name: String; var lang: String; var dir: String }

    struct StatementItem: Sendable {
        var link: String
        var id: Int64
        var date: String
        var kind: String
        var role: String
        var issuers: [PartyLabel]
        var commitments: Int
    }

    struct CounterpartItem: Sendable {
        var party: PartyLabel
        /// "3 statements" shared.
        var sharedText: String
    }
}

extension PartyPage {
    init(profile: PartyProfile) {
        let summary = profile.summary
        code = summary.code.rawValue
        name = Labels.partyName(summary.code, stored: summary.nameEnglish)
        pageTitle = "\(code) \(name) — Entente"
        names = [(summary.nameArabic, Language.arabic), (summary.nameFrench, .french)].compactMap { name, language in
            name.map { LocalName(name: $0, lang: language.rawValue, dir: Labels.direction(of: language)) }
        }
        kind = summary.kind
        issued = summary.issued
        mentioned = summary.mentioned
        commitments = summary.commitments
        chart = YearTypeChart(profile.commitmentsByYear)
        statements = profile.statements.map {
            StatementItem(link: "/statements/\($0.id)", id: $0.id, date: $0.date ?? "undated", kind: Labels.words($0.kind),
                          role: Labels.words($0.role), issuers: $0.issuers.map { PartyLabel($0) }, commitments: $0.commitments)
        }
        statementSummary = profile.statementCount > statements.count
            ? "The latest \(statements.count) of \(profile.statementCount) statements."
            : Labels.counted(profile.statementCount, "statement") + "."
        counterparts = profile.counterparts.map { CounterpartItem(
            party: PartyLabel($0.code, name: $0.name), sharedText: Labels.counted($0.statements, "statement")) }
        hasCounterparts = !counterparts.isEmpty
        var search = SearchParameters()
        search.parties = [summary.code]
        searchLink = search.link("/search")
        jsonLink = "/api/parties/\(summary.code)"
    }
}

/// The list of parties, most active first.
struct PartiesPage: Sendable {
    var pageTitle = "Parties — Entente"
    var parties: [Row]

    struct Row: Sendable {
        var party: PartyLabel
        var issued: Int
        var mentioned: Int
        var commitments: Int
    }

    init(_ summaries: [PartySummary]) {
        parties = summaries.map {
            Row(party: PartyLabel($0.code, name: $0.nameEnglish), issued: $0.issued, mentioned: $0.mentioned, commitments: $0.commitments)
        }
    }
}

/// A failed request's page.
struct ErrorPage: Sendable {
    var pageTitle: String
    var status: Int
    var message: String
}
