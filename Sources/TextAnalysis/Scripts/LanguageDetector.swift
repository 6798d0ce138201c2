/// Tells Arabic, English and French apart. Arabic by its script; English
/// and French by their most frequent function words, which any news
/// paragraph holds in numbers.
public enum LanguageDetector {
    /// ISO 639-1 code of the language `text` is written in: "ar", "en" or "fr".
    /// Latin text with no telling word counts as English.
    public static func detect(_ text: String) -> String {
        var arabic = 0, latin = 0
        for scalar in text.unicodeScalars {
            switch Script.of(scalar) {
            case .arabic: arabic += 1
            case .latin: latin += 1
            case .other: break
            }
        }
        // Arabic articles quote Latin names and acronyms; a third of the letters suffices.
        if arabic > 0, arabic * 2 >= latin { return "ar" }
        var english = 0, french = 0
        var word = ""
        func count() {
            if englishWords.contains(word) { english += 1 }
            if frenchWords.contains(word) { french += 1 }
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter { word.append(character) } else if !word.isEmpty { count() }
        }
        if !word.isEmpty { count() }
        return french > english ? "fr" : "en"
    }

    private static let englishWords: Set<String> = [
        "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said", "will", "have", "has",
        "its", "their", "it", "by", "from", "two", "would", "which", "at",
    ]
    private static let frenchWords: Set<String> = [
        "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "sur", "avec", "au", "aux",
        "que", "qui", "ont", "sont", "deux", "leur", "ce", "cette", "l", "d",
    ]
}
