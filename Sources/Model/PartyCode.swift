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
    public var isCountry: Bool {
        // An ASCII code (every code in practice) is read on its bytes: `Character.isLetter`
        // looks up Unicode properties, and extraction asks this of every party it weighs.
        let bytes = rawValue.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return rawValue.count == 2 && rawValue.allSatisfy(\.isLetter) }
        return bytes.count == 2 && bytes.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }
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
