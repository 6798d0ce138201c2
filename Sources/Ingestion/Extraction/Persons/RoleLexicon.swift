import Model

/// Official titles of one language (`roles-xx.txt`).
struct RoleLexicon: LanguageLexicon {
    struct Title: Sendable {
        var role: PersonRole
        /// The party the title alone names: "Secretary of State" is American.
        var party: PartyCode?
        /// "counterpart", "homologue", "نظيره": the title of the official named before.
        var isCounterpart = false
    }

    let matcher: PhraseMatcher<Title>

    static let arabic = RoleLexicon(.arabic)
    static let english = RoleLexicon(.english)
    static let french = RoleLexicon(.french)

    private init(_ language: Language) {
        // French puts the adjective inside the title: "ministre chinois des Affaires étrangères".
        var matcher = PhraseMatcher<Title>(gap: language == .french ? 1 : 0, lane: .roles(language))
        for line in LexiconFile.lines("roles-\(language.rawValue).txt") {
            let (roleField, rest) = LexiconFile.head(line)
            var (codeField, phrase) = LexiconFile.head(rest)
            var party: PartyCode? = nil
            if codeField.count >= 2, codeField.count <= 5, codeField.allSatisfy({ $0.isUppercase && $0.isASCII }) {
                party = PartyCode(codeField)
            } else {
                phrase = rest
            }
            if roleField == "counterpart" {
                matcher.add(phrase, value: Title(role: .other, party: nil, isCounterpart: true))
                continue
            }
            guard let role = PersonRole(rawValue: roleField), !phrase.isEmpty else { continue }
            matcher.add(phrase, value: Title(role: role, party: party))
        }
        self.matcher = matcher
    }
}
