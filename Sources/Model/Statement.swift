/// One diplomatic statement, as far as an article tells it.
public struct Statement: Hashable, Codable, Sendable {
    public var kind: StatementKind
    public var date: StatementDate
    /// The city's English name ("Beijing"), or nil.
    public var venue: String?
    /// The dialogue mechanism in lower case: "strategic dialogue", "joint commission".
    public var mechanism: String?
    /// The round or session number of the mechanism.
    public var round: Int?
    /// The first weekday the article's lead names ("on Friday"), whether or
    /// not a publication date turned it into the date: an undated report's
    /// only hint of its day, for an analyst (a merge rule on it alone proved
    /// too weak: BENCHMARKS.md, "The weekday an undated report names").
    public var weekday: Weekday?

    public init(
        kind: StatementKind = .newsReport, date: StatementDate = .unknown,
        venue: String? = nil, mechanism: String? = nil, round: Int? = nil, weekday: Weekday? = nil
    ) {
        self.kind = kind
        self.date = date
        self.venue = venue
        self.mechanism = mechanism
        self.round = round
        self.weekday = weekday
    }

    enum CodingKeys: String, CodingKey {
        case kind, date, datePrecision = "date_precision", venue, mechanism, round, weekday
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(StatementKind.self, forKey: .kind)
        date = try c.decodeIfPresent(StatementDate.self, forKey: .date) ?? .unknown
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        mechanism = try c.decodeIfPresent(String.self, forKey: .mechanism)
        round = try c.decodeIfPresent(Int.self, forKey: .round)
        weekday = try c.decodeIfPresent(Weekday.self, forKey: .weekday)
    }

    /// Writes the contract's fields, nulls included, plus `date_precision`,
    /// and `weekday` when the lead names one (an extra field, absent otherwise).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(date.precision, forKey: .datePrecision)
        try c.encode(venue, forKey: .venue)
        try c.encode(mechanism, forKey: .mechanism)
        try c.encode(round, forKey: .round)
        try c.encodeIfPresent(weekday, forKey: .weekday)
    }
}
