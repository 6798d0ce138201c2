import GRDB
import Model

/// What one article says about the statement it reports: the fields the
/// same-statement rule compares, as stored in `report`.
struct ReportReading: Equatable {
    enum DaySource: String { case text, published, none }

    var articleID: Int64 = 0
    var language: Language
    var kind: StatementKind
    var date: StatementDate
    var venue: String?
    var mechanism: String?
    var round: Int?
    /// Issuer codes, sorted.
    var issuers: [String]
    /// Every party with its role, sorted by code.
    var parties: [(code: String, role: PartyRole)]
    /// Days since 1970-01-01 of the day compared; nil when none is known.
    var matchDay: Int?
    var daySource: DaySource

    init(article: Article, extraction: Extraction) {
        language = extraction.language
        let statement = extraction.statement
        kind = statement.kind
        date = statement.date
        venue = statement.venue
        mechanism = statement.mechanism
        round = statement.round
        var roles: [String: PartyRole] = [:]
        for party in extraction.parties where roles[party.code.rawValue] != .issuer {
            roles[party.code.rawValue] = party.role
        }
        parties = roles.sorted { $0.key < $1.key }.map { (code: $0.key, role: $0.value) }
        issuers = parties.filter { $0.role == .issuer }.map(\.code)
        (matchDay, daySource) = Self.day(date: statement.date, published: article.published)
    }

    init(row: Row) {
        articleID = row["article_id"]
        language = Language(rawValue: row["language"]) ?? .english
        kind = StatementKind(rawValue: row["kind"]) ?? .newsReport
        date = (row["date"] as String?).flatMap(StatementDate.init(iso:)) ?? .unknown
        venue = row["venue"]
        mechanism = row["mechanism"]
        round = row["round"]
        let issuerText: String = row["issuers"]
        issuers = issuerText.split(separator: " ").map(String.init)
        let partyText: String = row["parties"]
        parties = partyText.split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let role = PartyRole(rawValue: String(parts[1])) else { return nil }
            return (code: String(parts[0]), role: role)
        }
        matchDay = row["match_day"]
        daySource = DaySource(rawValue: row["day_source"]) ?? .none
    }

    /// The columns `init(row:)` reads, from `report r JOIN article a`.
    static let selection = """
        r.article_id, a.language, r.kind, r.date, r.venue, r.mechanism, r.round, r.issuers, r.parties, \
        r.match_day, r.day_source
        """

    static func == (lhs: ReportReading, rhs: ReportReading) -> Bool {
        lhs.articleID == rhs.articleID && lhs.language == rhs.language && lhs.kind == rhs.kind
            && lhs.date == rhs.date && lhs.venue == rhs.venue && lhs.mechanism == rhs.mechanism
            && lhs.round == rhs.round && lhs.issuers == rhs.issuers && lhs.matchDay == rhs.matchDay
            && lhs.daySource == rhs.daySource && lhs.parties.map(\.code) == rhs.parties.map(\.code)
    }

    /// The day the rule compares: the text's date when it fixes the day;
    /// otherwise the publication date, when it agrees with whatever part of
    /// the date the text gives (a month, a year).
    static func day(date: StatementDate, published: StatementDate?) -> (Int?, DaySource) {
        if let day = DayNumber.of(date) { return (day, .text) }
        if let published, let day = DayNumber.of(published),
           date.year == nil || date.year == published.year,
           date.month == nil || date.month == published.month {
            return (day, .published)
        }
        return (nil, .none)
    }

    var issuersKey: String { issuers.joined(separator: " ") }
    var partiesKey: String { parties.map { $0.code + ":" + $0.role.rawValue }.joined(separator: " ") }
}

/// Days since 1970-01-01 of a date known to the day (see `StatementDate.dayNumber`).
enum DayNumber {
    static func of(_ date: StatementDate) -> Int? { date.dayNumber }

    /// `YYYY-MM-DD` of a day number.
    static func iso(_ days: Int) -> String { StatementDate(dayNumber: days).iso ?? "" }
}
