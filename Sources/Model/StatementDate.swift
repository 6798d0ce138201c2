/// A calendar date as far as it is known: `2026-01-05` (day), `2026-01`
/// (month), `2026` (year), or unknown. Never a guess.
public struct StatementDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = year == nil ? nil : month
        self.day = (year == nil || month == nil) ? nil : day
    }

    public static let unknown = StatementDate()

    public var precision: DatePrecision {
        if day != nil { return .day }
        if month != nil { return .month }
        if year != nil { return .year }
        return .unknown
    }

    /// ISO 8601 text with as many parts as are known; nil when unknown.
    public var iso: String? {
        guard let year else { return nil }
        var text = Self.zeroPadded(year, width: 4)
        if let month { text += "-" + Self.zeroPadded(month, width: 2) }
        if let day { text += "-" + Self.zeroPadded(day, width: 2) }
        return text
    }

    /// `String(format: "%0*d")` without Foundation's formatter, which cost
    /// more than the rest of storing a commitment when ingest asked for
    /// every commitment's date.
    private static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count > 1 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let d = Int(parts[2]),
                  d >= 1, d <= StatementDate.daysIn(month: month!, year: year) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String { iso ?? "unknown" }

    public static func < (lhs: StatementDate, rhs: StatementDate) -> Bool {
        (lhs.year ?? 0, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year ?? 0, rhs.month ?? 0, rhs.day ?? 0)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .unknown; return }
        let text = try container.decode(String.self)
        guard let date = StatementDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let iso { try container.encode(iso) } else { try container.encodeNil() }
    }
}
