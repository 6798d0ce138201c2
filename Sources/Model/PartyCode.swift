/// A party's code: an ISO 3166-1 alpha-2 country code (`CN`, `PK`) or an
/// organisation's short upper-case code (`UN`, `EU`, `LAS`, `GCC`).
public struct PartyCode: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    /// Upper-cases the code, so `cn` and `CN` are the same party.
    public init(rawValue: String) {
        // Codes are nearly always upper-case ASCII already; `uppercased()`
        // would build the same string again through Unicode case mapping.
        let isUpperASCII = rawValue.utf8.allSatisfy { $0 < 0x80 && !(0x61...0x7A).contains($0) }
        self.rawValue = isUpperASCII ? rawValue : rawValue.uppercased()
    }
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// Country codes are two letters; organisation codes are longer.
    public var isCountry: Bool { rawValue.count == 2 && rawValue.allSatisfy(\.isLetter) }
    public var description: String { rawValue }
    public static func < (lhs: PartyCode, rhs: PartyCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
