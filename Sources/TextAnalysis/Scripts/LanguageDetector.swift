/// Tells Arabic, English and French apart. Arabic by its script; English
/// and French by their most frequent function words, which any news
/// paragraph holds in numbers.
public enum LanguageDetector {
    /// ISO 639-1 code of the language `text` is written in: "ar", "en" or "fr".
    /// Latin text with no telling word counts as English.
    public static func detect(_ text: String) -> String {
        tally(text).code
    }

    /// The language `text` is written in, when Entente reads it; otherwise
    /// what it looks like (a script, or a Latin-script language whose
    /// function words outnumber English and French ones).
    public static func identify(_ text: String) -> LanguageGuess {
        let tally = tally(text)
        if let (script, letters) = tally.scripts.max(by: { $0.value < $1.value }), letters > tally.arabic + tally.latin {
            // Japanese writes with kana and Han characters alike.
            let japanese = (tally.scripts[.kana] ?? 0) > 0 && (script == .han || script == .kana)
            return .unreadable(japanese ? "Japanese" : script.language)
        }
        let code = tally.code
        guard code != "ar" else { return .readable(code) }
        let readable = max(tally.english, tally.french)
        if tally.words >= 20, let (index, count) = tally.others.enumerated().max(by: { $0.element < $1.element }),
           count > readable
        {
            return .unreadable(markers[index].name)
        }
        // English and French news paragraphs are a fifth function words.
        if tally.words >= 40, readable * 100 < tally.words * 3 {
            return .unreadable("a Latin-script language other than English or French")
        }
        return .readable(code)
    }

    /// What the detector counts in a text.
    struct Tally {
        var arabic = 0, latin = 0
        /// Letters of scripts other than Arabic and Latin.
        var scripts: [OtherScript: Int] = [:]
        var english = 0, french = 0
        /// Function words of each language of `markers`, in its order.
        var others: [Int] = Array(repeating: 0, count: markers.count)
        /// Words of the Latin-script reading (0 when the text is Arabic).
        var words = 0

        var code: String {
            // Arabic articles quote Latin names and acronyms; a third of the letters suffices.
            if arabic > 0, arabic * 2 >= latin { return "ar" }
            return french > english ? "fr" : "en"
        }

        mutating func count(lists: UInt8?) {
            words += 1
            guard let lists else { return }
            if lists & englishList != 0 { english += 1 }
            if lists & frenchList != 0 { french += 1 }
            if lists > frenchList {
                for index in others.indices where lists & (firstOtherList << index) != 0 { others[index] += 1 }
            }
        }
    }

    static func tally(_ text: String) -> Tally {
        // On the UTF-8 bytes (a native string's are valid), with no String
        // per word: every word of every article without a language passes here.
        var utf8 = text
        return utf8.withUTF8 { tally(utf8: $0, text) }
    }

    private static func tally(utf8 bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Tally {
        var tally = Tally()
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                if (b0 | 0x20) &- 0x61 < 26 { tally.latin += 1 }  // A–Z, a–z
                i += 1
                continue
            }
            let scalar = ValidUTF8.scalar(bytes, &i)
            switch Script.of(scalar) {
            case .arabic: tally.arabic += 1
            case .latin: tally.latin += 1
            case .other:
                if let script = OtherScript.of(scalar) { tally.scripts[script, default: 0] += 1 }
            }
        }
        if tally.code == "ar" { return tally }
        var word = PackedWord()
        let table = packedLists  // (once, not a lazy global's check per word)
        func count() {
            tally.count(lists: word.lists(in: table))
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
            let isLetter = scalar.value < 0x250 ? isLatinLetter(scalar) : scalar.properties.isAlphabetic
            if isLetter { word.append(scalar) } else if !word.isEmpty { count() }
        }
        var byScalar = true
        // Whether the scalar before was a control (after which a combining mark starts a Character of its own).
        var afterControl = true
        i = 0
        scan: while i < bytes.count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                // `letter` for ASCII, inline: the letters are A–Z and a–z, lowered by setting one bit.
                if b0 &- 0x41 < 26 || b0 &- 0x61 < 26 {
                    word.append(ascii: b0 | 0x20)
                    afterControl = false
                } else {
                    if !word.isEmpty { count() }
                    afterControl = b0 < 0x20 || b0 == 0x7F
                }
                i += 1
                continue
            }
            let scalar = ValidUTF8.scalar(bytes, &i)
            if let lowered = latinLowercase(scalar) {
                // (One scalar below U+0250 whose lowercase mapping is one scalar: see `latinLowercases`.)
                letter(lowered)
                afterControl = scalar.value < 0xA0 || scalar.value == 0xAD
                continue
            }
            // An Arabic word or an arrow quoted in a Latin text: caseless, so its
            // own lowercase mapping, and each a Character by itself.
            if isCaselessOwnCharacter(scalar) {
                letter(scalar)
                afterControl = false
                continue
            }
            // An Arabic vowel mark extends the Character before it: a letter's,
            // which stays a letter of the word, or a non-letter's, which stays no
            // letter. After a control (or first) it would be a Character of its own.
            if isArabicMark(scalar) {
                guard !afterControl else { byScalar = false; break scan }
                if !word.isEmpty { word.append(scalar) }
                continue
            }
            // Curly quotes, dashes and the ellipsis: no letters, and their own lowercase
            // mapping (which, asked of the properties, built a String per mark).
            if isGeneralPunctuation(scalar) {
                if !word.isEmpty { count() }
                afterControl = false
                continue
            }
            afterControl = false
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                guard isOwnCharacter(lowered) else { byScalar = false; break scan }
                letter(lowered)
            }
        }
        if !byScalar {
            tally.english = 0
            tally.french = 0
            tally.others = Array(repeating: 0, count: markers.count)
            tally.words = 0
            var word = ""
            func count() {
                // The lists hold only ASCII words, which a packed word finds exactly.
                var packed = PackedWord()
                for scalar in word.unicodeScalars { packed.append(scalar) }
                tally.count(lists: packed.lists(in: table))
                word = ""
            }
            for character in text.lowercased() {
                if character.isLetter { word.append(character) } else if !word.isEmpty { count() }
            }
            if !word.isEmpty { count() }
            return tally
        }
        if !word.isEmpty { count() }
        return tally
    }

    /// A Latin-script language Entente does not read, known by its function words.
    struct Marker {
        let code: String
        let name: String
        let words: [String]
    }

    /// The languages of `language-markers.txt`, in its order.
    static let markers: [Marker] = (EmbeddedFiles.files["language-markers.txt"] ?? "").split(separator: "\n").compactMap { raw in
        let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let head = line[..<colon].split(separator: " ", maxSplits: 1).map(String.init)
        guard head.count == 2 else { return nil }
        return Marker(code: head[0], name: head[1], words: line[line.index(after: colon)...].split(separator: " ").map(String.init))
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

        /// `append` of an ASCII scalar given as its byte.
        @inline(__always)
        mutating func append(ascii byte: UInt8) {
            if listable, length < 8 {
                bytes |= UInt64(byte) << (8 * UInt64(length))
            } else {
                listable = false
            }
            length += 1
        }

        /// The lists (`englishList`, `frenchList`) of `table` that hold the word.
        func lists(in table: PackedTable) -> UInt8? { listable ? table.lists(of: bytes) : nil }

        static func pack(_ word: String) -> UInt64 {
            var packed = PackedWord()
            for scalar in word.unicodeScalars { packed.append(scalar) }
            precondition(packed.listable, "listed words are ASCII and at most eight letters")
            return packed.bytes
        }
    }

    private static let englishList: UInt8 = 1, frenchList: UInt8 = 2
    /// The list of `markers[i]` is `firstOtherList << i` (six fit in a byte).
    private static let firstOtherList: UInt8 = 4

    private static let packedLists: PackedTable = {
        var lists: [UInt64: UInt8] = [:]
        for word in englishWords { lists[PackedWord.pack(word), default: 0] |= englishList }
        for word in frenchWords { lists[PackedWord.pack(word), default: 0] |= frenchList }
        precondition(markers.count <= 6, "a byte of lists holds English, French and six more languages")
        for (index, marker) in markers.enumerated() {
            for word in marker.words { lists[PackedWord.pack(word), default: 0] |= firstOtherList << index }
        }
        return PackedTable(lists)
    }()

    /// The packed words and their lists in an open-addressed table: asked of
    /// every word of a Latin text, where a `Dictionary`'s hashing (SipHash)
    /// cost more than reading the word.
    struct PackedTable {
        private var words: [UInt64]
        private var lists: [UInt8]
        private let mask: Int

        init(_ entries: [UInt64: UInt8]) {
            var size = 16
            while size < entries.count * 4 { size *= 2 }
            // 0 is no packed word (words have at least one letter), so it marks a free slot.
            words = Array(repeating: 0, count: size)
            lists = Array(repeating: 0, count: size)
            mask = size - 1
            for (word, list) in entries {
                precondition(word != 0)
                var slot = PackedTable.slot(word, mask)
                while words[slot] != 0 { slot = (slot + 1) & mask }
                words[slot] = word
                lists[slot] = list
            }
        }

        @inline(__always)
        private static func slot(_ word: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }

        /// The lists that hold `word`, nil when none does.
        func lists(of word: UInt64) -> UInt8? {
            var slot = PackedTable.slot(word, mask)
            while words[slot] != 0 {
                if words[slot] == word { return lists[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The lowercase mapping of a scalar from U+0080 to U+024F (accented
    /// Latin) when it is one scalar that is a Character by itself, read from
    /// a table made once from the same Unicode properties: asking them built a
    /// String per accented letter. nil for any other scalar, which is then asked as before.
    @inline(__always)
    private static func latinLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = Int(scalar.value)
        guard v >= 0x80, v < 0x250 else { return nil }
        let lowered = latinLowercases[v - 0x80]
        return lowered == 0 ? nil : Unicode.Scalar(lowered)
    }

    /// For U+0080..<U+0250: the scalar's lowercase mapping when it is a single
    /// scalar for which `isOwnCharacter` holds, else 0.
    private static let latinLowercases: [UInt32] = (0x80..<0x250).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        let mapping = Array(scalar.properties.lowercaseMapping.unicodeScalars)
        guard mapping.count == 1, isOwnCharacter(mapping[0]), mapping[0].value != 0 else { return 0 }
        return mapping[0].value
    }

    /// Arabic punctuation, letters and digits and the arrows: their grapheme
    /// break property is Other (none prepends, extends or is a control), and
    /// they have no case.
    @inline(__always)
    private static func isCaselessOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x060C, 0x061B, 0x061F, 0x0621...0x064A, 0x0660...0x0669, 0x2190...0x21FF: return true
        default: return false
        }
    }

    /// The Arabic vowel marks (harakat, shadda, sukun, dagger alif): nonspacing
    /// marks whose grapheme break property is Extend.
    @inline(__always)
    private static func isArabicMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670: return true
        default: return false
        }
    }

    /// `properties.isAlphabetic` of a scalar below U+0250, by value (a test
    /// compares every one): ASCII and accented letters but × and ÷, and ª µ º.
    @inline(__always)
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    /// The general punctuation of news text (`isOwnCharacter`'s, past U+2000):
    /// no letter, no case (a test checks every scalar).
    @inline(__always)
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
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
