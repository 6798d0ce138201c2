import Model
import TextAnalysis

/// Party names of one language: CLDR's country names (`countries-xx.txt`), the aliases,
/// demonyms, capitals and organisations of `parties-xx.txt`, the
/// capitals of `cities.txt`, and Arabic nisba adjectives derived by rule.
struct PartyLexicon: LanguageLexicon {
    enum Value: Sendable, Hashable {
        /// `adjective`: a derived nisba, which takes gender and number endings.
        case party(PartyCode, capital: Bool, adjective: Bool)
        /// "the two sides" (dual) or "the council" (not): whoever issued the statement.
        case issuers(dual: Bool)
        /// "the ministers", "les dirigeants": all the issuers together.
        case plural
        /// "المملكة", "the Kingdom": the issuer that is a kingdom.
        case kingdom
        /// A name that must not be read as a party (مالي is "financial").
        case blocked
    }

    /// How a Latin name must be written in the text to count (see
    /// `PartyFinder.caseFits`), for each of the matcher's entries.
    struct CaseRule: Sendable {
        /// The lexicon capitalises it: the text must too.
        var capitalised = false
        /// An acronym (two or more letters, all capitals): the text's word has no lower case.
        var acronym = false

        init(_ written: String) {
            guard let first = written.unicodeScalars.first, Script.of(first) == .latin else { return }
            capitalised = first.properties.isUppercase
            // Counted in one pass, not filtered into a new view (a thousand names per language at start-up).
            var letters = 0
            var allUppercase = true
            for scalar in written.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if !scalar.properties.isUppercase { allUppercase = false }
            }
            acronym = letters >= 2 && allUppercase
        }
    }

    let matcher: PhraseMatcher<Value>
    /// `caseRules[i]` is entry `i`'s, decided once here: per candidate match it
    /// cost an array and several Unicode property look-ups.
    let caseRules: [CaseRule]
    /// The countries "the Kingdom" may stand for.
    let kingdoms: Set<PartyCode>

    static let arabic = PartyLexicon(.arabic)
    static let english = PartyLexicon(.english)
    static let french = PartyLexicon(.french)

    /// ISO regions whose codes the contract gives to something else
    /// (AU is the African Union) or that are no country.
    private static let skippedRegions: Set<String> = ["AU", "EU", "EZ", "UN", "QO", "XK", "XA", "XB", "AQ"]

    private init(_ language: Language) {
        var matcher = PhraseMatcher<Value>(gap: 0, lane: .parties(language))
        var blocked: Set<String> = []
        var kingdoms: Set<PartyCode> = []
        var names: [(String, PartyCode)] = []
        let cities = CityLexicon.shared
        for line in LexiconFile.lines("parties-\(language.rawValue).txt") {
            let (code, rest) = LexiconFile.head(line)
            for alias in LexiconFile.alternatives(rest) {
                switch code {
                case "ISSUERS": matcher.add(alias, value: .issuers(dual: true))
                case "SELF": matcher.add(alias, value: .issuers(dual: false))
                case "PLURAL": matcher.add(alias, value: .plural)
                case "KINGDOM": matcher.add(alias, value: .kingdom)
                case "KINGDOMS": kingdoms.formUnion(alias.split(separator: " ").map { PartyCode(String($0)) })
                case "NOT": blocked.insert(WordAnalysis.fold(alias)); matcher.add(alias, value: .blocked)
                default: names.append((alias, PartyCode(code)))
                }
            }
        }
        // CLDR's names, precomputed from Locale: asking ICU for 250 regions cost more than the extraction.
        for line in LexiconFile.lines("countries-\(language.rawValue).txt") {
            let (code, name) = LexiconFile.head(line)
            guard !Self.skippedRegions.contains(code), !name.isEmpty else { continue }
            names.append((name, PartyCode(code)))
        }
        for city in cities.cities {
            guard let code = city.capitalOf else { continue }
            for spelling in city.spellings where Self.spelling(spelling, fits: language) {
                names.append((spelling, code))
            }
        }
        var seen: Set<String> = []
        // (unicodeScalars.contains: String.contains(String) is Foundation's, through NSString, and showed at start-up.)
        for (name, code) in names {
            let folded = WordAnalysis.fold(name)
            // A blocked name may still have a usable adjective: عمان is also Amman, but العماني is Omani.
            if blocked.contains(folded), language == .arabic, !folded.unicodeScalars.contains(" "), let nisba = Self.nisba(folded), !blocked.contains(nisba) {
                matcher.add(nisba, value: .party(code, capital: false, adjective: true))
            }
            guard !blocked.contains(folded), seen.insert(folded + "|" + code.rawValue).inserted else { continue }
            let capital = cities.isCity(folded)
            matcher.add(name, value: .party(code, capital: capital, adjective: false))
            if language == .arabic, !folded.unicodeScalars.contains(" "), let nisba = Self.nisba(folded),
               !blocked.contains(nisba) {
                matcher.add(nisba, value: .party(code, capital: false, adjective: true))
            }
        }
        self.matcher = matcher
        caseRules = matcher.entries.map { CaseRule($0.written) }
        self.kingdoms = kingdoms
    }

    private static func spelling(_ s: String, fits language: Language) -> Bool {
        let arabic = s.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF }
        return language == .arabic ? arabic : !arabic
    }

    /// The nisba adjective of an Arabic country name: الصين → صيني,
    /// السعودية → سعودي, روسيا → روسي, باكستان → باكستاني. Its gender and
    /// number endings (ة، ين، ون) are then read like any suffix.
    static func nisba(_ name: String) -> String? {
        var stem = name
        if stem.hasPrefix("ال"), stem.count > 4 { stem = String(stem.dropFirst(2)) }
        if stem.hasSuffix("يا"), stem.count > 4 {
            stem = String(stem.dropLast(2))
        } else if stem.hasSuffix("ا") || stem.hasSuffix("ه") {
            stem = String(stem.dropLast())
        }
        guard stem.count >= 3 else { return nil }
        // السعودية is already a nisba in the feminine: its masculine is سعودي, not سعوديي.
        if stem.hasSuffix("ي") { return stem }
        return stem + "ي"
    }
}
