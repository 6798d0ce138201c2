import TextAnalysis

/// A declaration under its own name: "the Astana Declaration", "la
/// Déclaration de Québec", "إعلان القاهرة". A bare "declaration" is not one.
enum DeclarationName {
    /// Between a declaration word and its name: "the Declaration of Astana", "la Déclaration de Québec".
    static let linkWords = KindFinder.wordLists.written("declaration-link")

    /// The name's tokens, or nil when `match` (a bare declaration word) bears no name.
    static func span(of match: PhraseMatcher<KindFinder.Cue>.Match, in document: Document) -> Range<Int>? {
        let cities = CityLexicon.shared.matcher
        if document.language == .arabic {
            // "إعلان الرياض", "إعلان العلا": the city follows.
            guard let city = cities.matches(at: match.end, in: document).first else { return nil }
            return match.first..<city.end
        }
        // "the Riyadh Declaration": a city or a capitalised name before it.
        let before = match.first - 1
        if before >= 0, isName(before, document), isCapitalised(match.first, document) {
            return (cities.matches(at: before, in: document).isEmpty ? before : before)..<match.end
        }
        // "Declaration of Quebec", "Déclaration d'Alger": a link word, then a name.
        var next = match.end
        guard next < document.tokens.count, linkWords.contains(next, in: document) else { return nil }
        next += 1
        if next < document.tokens.count, document.tokens[next].surface == "'" || document.tokens[next].surface == "’" { next += 1 }
        guard next < document.tokens.count, isName(next, document) else { return nil }
        let end = cities.matches(at: next, in: document).first?.end ?? next + 1
        return match.first..<end
    }

    /// Capitalised articles, which no name is (compared with the token as written).
    static let sentenceArticles = KindFinder.wordLists.written("capitalised-article")

    /// A city, or a capitalised word that does not open its sentence.
    static func isName(_ index: Int, _ document: Document) -> Bool {
        if !CityLexicon.shared.matcher.matches(at: index, in: document).isEmpty { return true }
        guard document.tokens[index].kind == .word, isCapitalised(index, document), index > 0 else { return false }
        let previous = document.tokens[index - 1].surface
        return ![".", "!", "?", "\n"].contains(previous) && !sentenceArticles.contains(document.tokens[index].surface)
    }

    static func isCapitalised(_ index: Int, _ document: Document) -> Bool {
        document.tokens[index].surface.unicodeScalars.first?.properties.isUppercase ?? false
    }
}
