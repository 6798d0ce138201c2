/// Tells Arabic, English and French apart. Arabic by its script; English
/// and French by their most frequent function words, which any news
/// paragraph holds in numbers.
public enum LanguageDetector {
    /// ISO 639-1 code of the language `text` is written in: "ar", "en" or "fr".
    /// Latin text with no telling word counts as English.
    public static func detect(_ text: String) -> String {
        // On the UTF-8 bytes (a native string's are valid): walking the
        // UnicodeScalarView and growing a String per word cost about 1.2 M
        // instructions per article, more than tokenising it.
        var utf8 = text
        return utf8.withUTF8 { detect(utf8: $0, text) }
    }

    private static func detect(utf8 bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> String {
        var arabic = 0, latin = 0
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                if (0x41...0x5A).contains(b0) || (0x61...0x7A).contains(b0) { latin += 1 }
                i += 1
                continue
            }
            switch Script.of(ValidUTF8.scalar(bytes, &i)) {
            case .arabic: arabic += 1
            case .latin: latin += 1
            case .other: break
            }
        }
        // Arabic articles quote Latin names and acronyms; a third of the letters suffices.
        if arabic > 0, arabic * 2 >= latin { return "ar" }
        var english = 0, french = 0
        var word = PackedWord()
        func count() {
            if let lists = word.lists {
                if lists & englishList != 0 { english += 1 }
                if lists & frenchList != 0 { french += 1 }
            }
            word = PackedWord()
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
            if isLetter { word.append(scalar) } else if !word.isEmpty { count() }
        }
        var byScalar = true
        i = 0
        scan: while i < bytes.count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                letter(Unicode.Scalar((0x41...0x5A).contains(b0) ? b0 + 0x20 : b0))
                i += 1
                continue
            }
            for lowered in ValidUTF8.scalar(bytes, &i).properties.lowercaseMapping.unicodeScalars {
                guard isOwnCharacter(lowered) else { byScalar = false; break scan }
                letter(lowered)
            }
        }
        if !byScalar {
            english = 0
            french = 0
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
        if !word.isEmpty { count() }
        return french > english ? "fr" : "en"
    }


    /// A word of lowered scalars as its ASCII bytes packed into an integer,
    /// while it can still be one of the listed words (ASCII, at most eight
    /// letters): the lists hold only such words, and no other spelling is
    /// canonically equal to an ASCII word, so this is `String`'s equality.
    private struct PackedWord {
        private var bytes: UInt64 = 0
        private var length = 0
        private var listable = true

        var isEmpty: Bool { length == 0 }

        mutating func append(_ scalar: Unicode.Scalar) {
            if listable, scalar.isASCII, length < 8 {
                bytes |= UInt64(scalar.value) << (8 * UInt64(length))
            } else {
                listable = false
            }
            length += 1
        }

        /// The lists (`englishList`, `frenchList`) that hold the word.
        var lists: UInt8? { listable ? packedLists[bytes] : nil }

        static func pack(_ word: String) -> UInt64 {
            var packed = PackedWord()
            for scalar in word.unicodeScalars { packed.append(scalar) }
            precondition(packed.listable, "listed words are ASCII and at most eight letters")
            return packed.bytes
        }
    }

    private static let englishList: UInt8 = 1, frenchList: UInt8 = 2

    private static let packedLists: [UInt64: UInt8] = {
        var lists: [UInt64: UInt8] = [:]
        for word in englishWords { lists[PackedWord.pack(word), default: 0] |= englishList }
        for word in frenchWords { lists[PackedWord.pack(word), default: 0] |= frenchList }
        return lists
    }()

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
