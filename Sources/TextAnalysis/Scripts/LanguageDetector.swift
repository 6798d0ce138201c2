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
        // The words of the lower-cased text. `lowercased()` is each scalar's
        // lowercase mapping in turn, so the text is lower-cased here scalar by
        // scalar (a table for ASCII; `lowercased()` maps every scalar once one
        // is not ASCII). While every lowered scalar is a Character by itself,
        // `Character.isLetter` is its `isAlphabetic`, and no grapheme breaking
        // is needed (it was most of this function's time); otherwise start
        // again with Characters.
        func letter(_ scalar: Unicode.Scalar) {
            let isLetter = scalar.isASCII
                ? (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
                : scalar.properties.isAlphabetic
            if isLetter { word.unicodeScalars.append(scalar) } else if !word.isEmpty { count() }
        }
        var byScalar = true
        scan: for scalar in text.unicodeScalars {
            if scalar.isASCII {
                letter((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
                continue
            }
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                guard isOwnCharacter(lowered) else { byScalar = false; break scan }
                letter(lowered)
            }
        }
        if !byScalar {
            english = 0
            french = 0
            word = ""
            for character in text.lowercased() {
                if character.isLetter { word.append(character) } else if !word.isEmpty { count() }
            }
        }
        if !word.isEmpty { count() }
        return french > english ? "fr" : "en"
    }

    /// Whether `scalar` is a grapheme cluster by itself, whatever stands beside
    /// it: Latin below the combining diacritics and the general punctuation of
    /// news text (dashes, curly quotes, ellipsis), none of which extends,
    /// joins, prepends or pairs. ("\r\n" is one Character of two scalars,
    /// but both are non-letters, so the words are the same.)
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x0300, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
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
