import Model

/// A lexicon built once per language from its data files, and picked by
/// the article's language.
protocol LanguageLexicon: Sendable {
    static var arabic: Self { get }
    static var english: Self { get }
    static var french: Self { get }
}

extension LanguageLexicon {
    static func of(_ language: Language) -> Self {
        switch language {
        case .arabic: return arabic
        case .english: return english
        case .french: return french
        }
    }
}
