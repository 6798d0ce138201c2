import Model

/// The cities of `cities.txt`: their English names (what a venue is
/// reported as), their spellings, and the country each capital stands for.
struct CityLexicon: Sendable {
    struct City: Sendable {
        var english: String
        var capitalOf: PartyCode?
        /// The country the city is in (its capital's too): the host of a meeting held there.
        var country: PartyCode?
        var spellings: [String]
    }

    let cities: [City]
    let matcher: PhraseMatcher<Int>
    private let foldedSpellings: Set<String>

    static let shared = CityLexicon()

    private init() {
        var cities: [City] = []
        var matcher = PhraseMatcher<Int>(gap: 0, lane: .cities)
        var folded: Set<String> = []
        for line in LexiconFile.lines("cities.txt") {
            let fields = LexiconFile.alternatives(line)
            guard fields.count >= 2 else { continue }
            let english = fields[0]
            let field = fields[1]
            let inParentheses = field.hasPrefix("(") && field.hasSuffix(")")
            let country = field == "-" ? nil : PartyCode(inParentheses ? String(field.dropFirst().dropLast()) : field)
            let code = inParentheses ? nil : country
            let spellings = [english] + fields.dropFirst(2)
            for spelling in spellings {
                matcher.add(spelling, value: cities.count)
                folded.insert(WordAnalysis.fold(spelling))
            }
            cities.append(City(english: english, capitalOf: code, country: country, spellings: spellings))
        }
        self.cities = cities
        self.matcher = matcher
        foldedSpellings = folded
    }

    func isCity(_ folded: String) -> Bool { foldedSpellings.contains(folded) }

    /// The country of the city reported as `english`.
    func country(ofVenue english: String) -> PartyCode? {
        cities.first { $0.english == english }?.country
    }
}
