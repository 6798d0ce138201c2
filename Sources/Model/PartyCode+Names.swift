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
        guard isCountry, Self.countryCodes.contains(rawValue) else { return nil }
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

    private static let countryCodes = Set(Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 })

    /// Whether the code names a known country or organisation.
    public var isKnown: Bool { name(in: .english) != nil }
}
