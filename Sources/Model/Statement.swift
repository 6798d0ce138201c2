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

    public init(
        kind: StatementKind = .newsReport, date: StatementDate = .unknown,
        venue: String? = nil, mechanism: String? = nil, round: Int? = nil
    ) {
        self.kind = kind
        self.date = date
        self.venue = venue
        self.mechanism = mechanism
        self.round = round
    }

    enum CodingKeys: String, CodingKey {
        case kind, date, datePrecision = "date_precision", venue, mechanism, round
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(StatementKind.self, forKey: .kind)
        date = try c.decodeIfPresent(StatementDate.self, forKey: .date) ?? .unknown
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        mechanism = try c.decodeIfPresent(String.self, forKey: .mechanism)
        round = try c.decodeIfPresent(Int.self, forKey: .round)
    }

    /// Writes the contract's fields, nulls included, plus `date_precision`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(date.precision, forKey: .datePrecision)
        try c.encode(venue, forKey: .venue)
        try c.encode(mechanism, forKey: .mechanism)
        try c.encode(round, forKey: .round)
    }
}
