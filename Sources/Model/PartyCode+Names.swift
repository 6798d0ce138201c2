import Foundation

extension PartyCode {
    /// The party's name in `language`: a country's from CLDR, an
    /// organisation's from `Organization.all`; nil for an unknown code.
    public func name(in language: Language) -> String? {
        if let organization = Organization.named(self) {
            switch language {
            case .english: return organization.english
            case .arabic: return organization.arabic
            case .french: return organization.french
            }
        }
        guard Self.isCountryCode(rawValue) else { return nil }
        if let names = Self.commonNames[rawValue] {
            return names[Language.allCases.firstIndex(of: language)!]
        }
        return Locale(identifier: language.rawValue).localizedString(forRegionCode: rawValue)
    }

    /// Where CLDR's name is not the one statements use ("China mainland",
    /// "Palestinian Territories"): names in `Language.allCases` order.
    private static let commonNames: [String: [String]] = [
        "CN": ["الصين", "China", "Chine"],
        "PS": ["فلسطين", "Palestine", "Palestine"],
        "MM": ["ميانمار", "Myanmar", "Myanmar"],
    ]

    /// The two-letter regions CLDR knows (`Locale.Region.isoRegions`), as a
    /// table of bits: entry `i` has bit `j` set when the letters `i`, `j` (A = 0)
    /// form a code. Asking ICU for the regions would load its region data in
    /// every `--party` search, a sixth of that process; `ModelTests` checks
    /// the table against ICU.
    private static let countryCodeBits: [UInt32] = [
        0x2DF597C, 0x36F7BFB, 0x3F3FDED, 0x2005650, 0x21E00D5, 0x0025700, 0x15FB9FB, 0x01A3400, 0x00F781C,
        0x000D010, 0x342B1D0, 0x13E0507, 0x3FFFCFD, 0x212C975, 0x0001000, 0x14E3CF1, 0x0004001, 0x0544010,
        0x3AE7FDF, 0x26A7EED, 0x3043041, 0x0102155, 0x0040020, 0x0000400, 0x0080010, 0x0401001,
    ]

    /// Whether `code` is one of CLDR's two-letter regions.
    static func isCountryCode(_ code: String) -> Bool {
        var utf8 = code.utf8.makeIterator()
        guard let first = utf8.next(), let second = utf8.next(), utf8.next() == nil,
              (0x41...0x5A).contains(first), (0x41...0x5A).contains(second) else { return false }
        return countryCodeBits[Int(first - 0x41)] & (1 << UInt32(second - 0x41)) != 0
    }

    /// Every code of ``countryCodeBits``, for tests.
    static var countryCodes: Set<String> {
        var codes = Set<String>()
        for first in 0..<26 {
            for second in 0..<26 where countryCodeBits[first] & (1 << UInt32(second)) != 0 {
                codes.insert(String(decoding: [UInt8(0x41 + first), UInt8(0x41 + second)], as: UTF8.self))
            }
        }
        return codes
    }

    /// Whether the code names a known country or organisation (without
    /// looking its name up).
    public var isKnown: Bool { Self.isCountryCode(rawValue) || Organization.named(self) != nil }
}
