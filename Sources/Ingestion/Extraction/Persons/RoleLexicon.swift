import Model

/// Official titles of one language (`roles-xx.txt`).
struct RoleLexicon: Sendable {
    let matcher: PhraseMatcher<PersonRole>

    static let arabic = RoleLexicon(.arabic)
    static let english = RoleLexicon(.english)
    static let french = RoleLexicon(.french)

    static func of(_ language: Language) -> RoleLexicon {
        switch language {
        case .arabic: return arabic
        case .english: return english
        case .french: return french
        }
    }

    private init(_ language: Language) {
        // French puts the adjective inside the title: "ministre chinois des Affaires étrangères".
        var matcher = PhraseMatcher<PersonRole>(gap: language == .french ? 1 : 0)
        for line in LexiconFile.lines("roles-\(language.rawValue).txt") {
            let (roleField, phrase) = LexiconFile.head(line)
            guard let role = PersonRole(rawValue: roleField), !phrase.isEmpty else { continue }
            matcher.add(phrase, value: role)
        }
        self.matcher = matcher
    }
}
