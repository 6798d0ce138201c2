/// A day of the week, numbered as `Lexicons/dates.txt` numbers them
/// (1 = Sunday … 7 = Saturday). Encodes as its English name in lower case.
public enum Weekday: Int, CaseIterable, Codable, Sendable, Hashable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

    public init(from decoder: Decoder) throws {
        let word = try decoder.singleValueContainer().decode(String.self)
        guard let day = Self.allCases.first(where: { String(describing: $0) == word }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a weekday: \(word)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(String(describing: self))
    }
}
