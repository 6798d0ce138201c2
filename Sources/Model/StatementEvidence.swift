/// Where the article decided each statement field: the words that named its
/// kind, fixed its date and placed it, and where each issuer was first named
/// as a party. A field the text did not decide has no span.
public struct StatementEvidence: Hashable, Codable, Sendable {
    public var kind: TextSpan?
    public var date: TextSpan?
    public var venue: TextSpan?
    /// The lead's weekday (`Statement.weekday`), when it names one.
    public var weekday: TextSpan?
    /// By party code ("CN").
    public var issuers: [String: TextSpan]

    public init(
        kind: TextSpan? = nil, date: TextSpan? = nil, venue: TextSpan? = nil, weekday: TextSpan? = nil, issuers: [String: TextSpan] = [:]
    ) {
        self.kind = kind
        self.date = date
        self.venue = venue
        self.weekday = weekday
        self.issuers = issuers
    }

    public var isEmpty: Bool { kind == nil && date == nil && venue == nil && weekday == nil && issuers.isEmpty }

    enum CodingKeys: String, CodingKey { case kind, date, venue, weekday, issuers }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(TextSpan.self, forKey: .kind)
        date = try c.decodeIfPresent(TextSpan.self, forKey: .date)
        venue = try c.decodeIfPresent(TextSpan.self, forKey: .venue)
        weekday = try c.decodeIfPresent(TextSpan.self, forKey: .weekday)
        issuers = try c.decodeIfPresent([String: TextSpan].self, forKey: .issuers) ?? [:]
    }

    /// Writes every field, nulls included, so a reader sees what was not
    /// decided; `weekday` only when the lead names one (like `Statement.weekday`).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(venue, forKey: .venue)
        try c.encodeIfPresent(weekday, forKey: .weekday)
        try c.encode(issuers, forKey: .issuers)
    }
}
