/// Where the article decided each statement field: the words that named its
/// kind, fixed its date and placed it, and where each issuer was first named
/// as a party. A field the text did not decide has no span.
public struct StatementEvidence: Hashable, Codable, Sendable {
    public var kind: TextSpan?
    public var date: TextSpan?
    public var venue: TextSpan?
    /// By party code ("CN").
    public var issuers: [String: TextSpan]

    public init(kind: TextSpan? = nil, date: TextSpan? = nil, venue: TextSpan? = nil, issuers: [String: TextSpan] = [:]) {
        self.kind = kind
        self.date = date
        self.venue = venue
        self.issuers = issuers
    }

    public var isEmpty: Bool { kind == nil && date == nil && venue == nil && issuers.isEmpty }

    enum CodingKeys: String, CodingKey { case kind, date, venue, issuers }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(TextSpan.self, forKey: .kind)
        date = try c.decodeIfPresent(TextSpan.self, forKey: .date)
        venue = try c.decodeIfPresent(TextSpan.self, forKey: .venue)
        issuers = try c.decodeIfPresent([String: TextSpan].self, forKey: .issuers) ?? [:]
    }

    /// Writes every field, nulls included, so a reader sees what was not decided.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(venue, forKey: .venue)
        try c.encode(issuers, forKey: .issuers)
    }
}
