import TextAnalysis

/// How a written word can be read for matching: its folded form and the
/// stems it may carry once clitics and inflections are taken off.
///
/// Arabic words lose proclitics (و ف، ب ل ك س، ال) and then suffixes
/// (ت ا وا … ها هما هم); Latin words lose English and French inflections.
/// Lexicon entries are folded the same way and compared with these stems,
/// so a lexicon lists a stem once instead of every form.
///
/// A class: a document holds one per distinct word, shared by its
/// occurrences, and every matcher reads it, so copies must cost one
/// retain rather than one per array inside.
final class WordAnalysis: Sendable {
    /// One reading: what came before the stem, the stem, what came after.
    struct Reading: Hashable, Sendable {
        var prefix: String
        var stem: String
        var suffix: String
    }

    let folded: String
    /// `folded` as a key for word lists.
    let foldedKey: WordKey
    let isArabic: Bool
    /// The word without proclitics, longest first (the word itself included).
    let bases: [(prefix: String, base: String)]
    let readings: [Reading]
    /// `readings[i].stem` as a lexicon key, made once for every matcher.
    let stemKeys: [WordKey]

    init(_ surface: String) {
        let (arabic, nonASCII) = WordAnalysis.script(surface)
        isArabic = arabic
        folded = WordAnalysis.fold(surface, arabic: arabic, nonASCII: nonASCII)
        var readings: [Reading]
        var stemKeys: [WordKey]
        if arabic {
            // Scalars, not Characters: affixes are letters, and grapheme breaking is the slow part.
            (bases, readings, stemKeys) = WordAnalysis.arabicReadings(folded)
        } else {
            bases = [("", folded)]
            readings = WordAnalysis.latinLemmas(folded).map { Reading(prefix: "", stem: $0.0, suffix: $0.1) }
            stemKeys = readings.map { WordKey($0.stem) }
        }
        // The first reading, when there is one, is the whole folded word with no affix.
        if let first = readings.first, first.prefix.isEmpty, first.suffix.isEmpty, first.stem == folded {
            foldedKey = stemKeys[0]
        } else {
            foldedKey = WordKey(folded)
        }
        self.readings = readings
        self.stemKeys = stemKeys
    }

    /// Whether `surface` has an Arabic scalar, and (when not) a non-ASCII one: what `fold` asks.
    private static func script(_ surface: String) -> (arabic: Bool, nonASCII: Bool) {
        var nonASCII = false
        for scalar in surface.unicodeScalars {
            if Script.of(scalar) == .arabic { return (true, nonASCII) }
            if scalar.value > 0x7F { nonASCII = true }
        }
        return (false, nonASCII)
    }

    /// The bases and readings of a folded Arabic word, with the readings'
    /// keys: for every base (`arabicBases`), the stem left by each suffix
    /// it ends with, in `arabicSuffixes` order. A base is a slice of the
    /// word except when an elided article is restored; the bare base is its
    /// own first stem, so its string and key are made once. Slices of the
    /// word are made strings from its UTF-8 bytes (each scalar's offset is
    /// kept), which costs a fraction of encoding their scalars again.
    private static func arabicReadings(_ folded: String) -> (bases: [(prefix: String, base: String)], readings: [Reading], keys: [WordKey]) {
        var utf8 = folded
        return utf8.withUTF8 { bytes in
            // The word's scalars, and where each starts in `bytes` (one more for the end).
            var word: [Unicode.Scalar] = []
            var offsets: [Int] = []
            word.reserveCapacity(bytes.count / 2)
            offsets.reserveCapacity(bytes.count / 2 + 1)
            var i = 0
            while i < bytes.count {
                offsets.append(i)
                word.append(ValidUTF8.scalar(bytes, &i))
            }
            offsets.append(bytes.count)
            /// The word's scalars `from..<to` as a string.
            func text(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[from]..<offsets[to]]), as: UTF8.self)
            }
            return arabicReadings(word, text)
        }
    }

    private static func arabicReadings(
        _ word: [Unicode.Scalar], _ text: (Int, Int) -> String
    ) -> (bases: [(prefix: String, base: String)], readings: [Reading], keys: [WordKey]) {
        var bases: [(prefix: String, base: String)] = []
        var readings: [Reading] = []
        var keys: [WordKey] = []
        let spans = arabicBases(word)
        bases.reserveCapacity(spans.count)
        readings.reserveCapacity(spans.count * 3)
        keys.reserveCapacity(spans.count * 3)
        let suffixes = arabicSuffixScalars
        var restored: [Unicode.Scalar] = []
        for span in spans {
            let prefix = span.prefixLength == 0 ? "" : text(0, span.prefixLength)
            // A slice of the word (its positions in the word), or a restored base.
            let inWord = span.article.isEmpty
            let base: ArraySlice<Unicode.Scalar>
            if inWord {
                base = word[span.start...]
            } else {
                restored = span.article + word[span.start...]
                base = restored[...]
            }
            func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
                inWord ? text(slice.startIndex, slice.endIndex) : String(scalars: slice)
            }
            let baseString = string(base)
            bases.append((prefix, baseString))
            let n = base.count, first = base.startIndex
            for (suffix, suffixScalars) in suffixes {
                let stemCount = n - suffixScalars.count
                guard stemCount >= 2 else { continue }
                var k = 0
                while k < suffixScalars.count, base[first + stemCount + k] == suffixScalars[k] { k += 1 }
                guard k == suffixScalars.count else { continue }
                let stem = base[first..<first + stemCount]
                if suffix.isEmpty {
                    readings.append(Reading(prefix: prefix, stem: baseString, suffix: suffix))
                    keys.append(WordKey(baseString))
                    continue
                }
                let stemString = string(stem)
                readings.append(Reading(prefix: prefix, stem: stemString, suffix: suffix))
                keys.append(WordKey(stemString))
                // A ta marbuta turns into ت before a suffix: معارضتها is معارضة + ها.
                if stemCount >= 3, stem.last == "\u{062A}" {
                    let marbuta = string(stem.dropLast()) + "\u{0647}"
                    readings.append(Reading(prefix: prefix, stem: marbuta, suffix: suffix))
                    keys.append(WordKey(marbuta))
                }
            }
        }
        return (bases, readings, keys)
    }

    /// Arabic letters folded by `ArabicNormalizer`; Latin lower-cased with
    /// accents dropped; typographic apostrophes made plain.
    static func fold(_ surface: String) -> String {
        let (arabic, nonASCII) = script(surface)
        return fold(surface, arabic: arabic, nonASCII: nonASCII)
    }

    private static func fold(_ surface: String, arabic hasArabic: Bool, nonASCII hasNonASCII: Bool) -> String {
        if hasArabic { return ArabicNormalizer.normalize(surface) }
        if !hasNonASCII { return surface.lowercased() }
        // Accents by table rather than Foundation's folding, which goes through
        // NSString and is slow to start: French and the Latin names of CLDR need no more.
        var out = String.UnicodeScalarView()
        for scalar in surface.lowercased().unicodeScalars {
            if let plain = accentFree[scalar] { out.append(contentsOf: plain.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    private static let accentFree: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = ["’": "'", "‘": "'", "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i"]
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćčĉċ"), ("d", "ď"), ("e", "èéêëēĕėęě"), ("g", "ğĝġģ"), ("h", "ĥ"),
            ("i", "ìíîïĩīĭįİ"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľ"), ("n", "ñńņňŉ"), ("o", "òóôõöōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ]
        for (plain, accented) in groups { for scalar in accented.unicodeScalars { table[scalar] = plain } }
        return table
    }()

    private static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
    private static let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
    private static let prepositionScalars: [Unicode.Scalar] = ["\u{0628}", "\u{0644}", "\u{0643}", "\u{0633}"]  // ب ل ك س

    /// A way of reading an Arabic word: its first `prefixLength` scalars are
    /// proclitics, and the base is `article` (an elided article restored,
    /// usually empty) followed by the word from `start` on.
    struct BaseSpan: Equatable {
        var prefixLength: Int
        var article: [Unicode.Scalar] = []
        var start: Int
    }

    /// Every way of peeling proclitics off a word — an optional و/ف, an
    /// optional ب/ل/ك/س, an optional article ال (ل + ال written لل) —
    /// keeping at least two letters; the word itself comes first.
    static func arabicBases(_ word: [Unicode.Scalar]) -> [BaseSpan] {
        var result = [BaseSpan(prefixLength: 0, start: 0)]
        guard let first = word.first, first == waw || first == fa || first == alef || first == lam || prepositionScalars.contains(first) else {
            return result
        }
        func add(_ length: Int) {
            guard word.count - length >= 2 else { return }
            result.append(BaseSpan(prefixLength: length, start: length))
        }
        for conjunction in 0...1 {
            if conjunction == 1, !(word.count > 2 && (word[0] == waw || word[0] == fa)) { continue }
            let c = conjunction
            if c == 1 { add(1) }
            // preposition
            var afterPreposition = [c]
            if word.count > c + 2, prepositionScalars.contains(word[c]) { afterPreposition.append(c + 1); add(c + 1) }
            for p in afterPreposition {
                // article ال, or لل after ل (ل + ال with its alef dropped)
                if word.count > p + 3, word[p] == alef, word[p + 1] == lam { add(p + 2) }
                if p == c + 1, word[c] == lam, word.count > p + 2, word[p] == lam {
                    add(p + 1)
                    // ل + اللجنة writes للجنة, ل + السعودية writes للسعودية: restore the article.
                    if word.count - (p + 1) >= 2 {
                        result.append(BaseSpan(prefixLength: p, article: [alef, lam], start: p + 1))
                        result.append(BaseSpan(prefixLength: p, article: [alef, lam, lam], start: p + 1))
                    }
                }
            }
        }
        return result
    }

    static let arabicSuffixes = [
        "", "ت", "ا", "وا", "تا", "ن", "ان", "ين", "ون", "ات", "ه", "ها", "هما", "هم", "هن", "ي", "نا", "كم",
        "تم", "اه", "اها", "يه", "تين", "تان", "تهما",
    ]
    static let arabicSuffixScalars: [(String, [Unicode.Scalar])] = arabicSuffixes.map { ($0, Array($0.unicodeScalars)) }

    /// Lemmas a Latin word may be an inflection of (English -s -ed -ing,
    /// French -e -s -es), with the ending taken off.
    static func latinLemmas(_ word: String) -> [(String, String)] {
        // Most Latin words are ASCII once folded: read their bytes, not their
        // Characters (~3,000 instructions a word through hasSuffix and dropLast).
        // CR is left out: CR LF is the one pair of ASCII scalars that makes a
        // single Character; every other ASCII byte is a Character of its own.
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? asciiLemmas(word, bytes) : nil
        }
        if let ascii = ascii ?? nil { return ascii }
        return lemmasByCharacter(word)
    }

    /// `lemmasByCharacter` for an ASCII word, on its bytes: the same rules in
    /// the same order, a Character being a byte.
    private static func asciiLemmas(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [(String, String)] {
        var result: [(String, String)] = [(word, "")]
        let n = bytes.count
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n >= count else { return false }
            for k in 0..<count where bytes[n - count + k] != suffix.utf8Start[k] { return false }
            return true
        }
        // The first `count` bytes, and `extra` after them.
        func add(_ count: Int, _ extra: String, _ suffix: String) {
            guard count + extra.utf8.count >= 2 else { return }
            result.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self) + extra, suffix))
        }
        if ends("ies") { add(n - 3, "y", "s") }
        if ends("ied") { add(n - 3, "y", "ed") }
        if ends("es") { add(n - 2, "", "es") }
        if ends("s") { add(n - 1, "", "s") }
        if ends("ed") {
            add(n - 2, "", "ed")
            add(n - 1, "", "ed")
            // The stem is the first n - 2 bytes: a doubled last letter ("planned").
            if n - 2 >= 3, bytes[n - 3] == bytes[n - 4] { add(n - 3, "", "ed") }
        }
        if ends("ing"), n > 5 {
            add(n - 3, "", "ing")
            add(n - 3, "e", "ing")
            if bytes[n - 4] == bytes[n - 5] { add(n - 4, "", "ing") }
        }
        if ends("e") { add(n - 1, "", "e") }
        if ends("ne") { add(n - 2, "", "ne") }
        if ends("nes") { add(n - 3, "", "nes") }
        return result
    }

    /// The rules on Characters, for words with any non-ASCII letter.
    static func lemmasByCharacter(_ word: String) -> [(String, String)] {
        var result: [(String, String)] = [(word, "")]
        func add(_ stem: Substring, _ suffix: String) {
            if stem.count >= 2 { result.append((String(stem), suffix)) }
        }
        let n = word.count
        if word.hasSuffix("ies") { add(word.dropLast(3) + "y", "s") }
        if word.hasSuffix("ied") { add(word.dropLast(3) + "y", "ed") }
        if word.hasSuffix("es") { add(word.dropLast(2), "es") }
        if word.hasSuffix("s") { add(word.dropLast(), "s") }
        if word.hasSuffix("ed") {
            add(word.dropLast(2), "ed")
            add(word.dropLast(), "ed")
            let stem = word.dropLast(2)
            if stem.count >= 3, let last = stem.last, stem.dropLast().last == last { add(stem.dropLast(), "ed") }
        }
        if word.hasSuffix("ing"), n > 5 {
            let stem = word.dropLast(3)
            add(stem, "ing")
            add(stem + "e", "ing")
            if let last = stem.last, stem.dropLast().last == last { add(stem.dropLast(), "ing") }
        }
        if word.hasSuffix("e") { add(word.dropLast(), "e") }
        if word.hasSuffix("ne") { add(word.dropLast(2), "ne") }
        if word.hasSuffix("nes") { add(word.dropLast(3), "nes") }
        return result
    }
}
