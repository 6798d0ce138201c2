/// Broken plurals and their singulars (`Lexicons/arabic-broken-plurals.txt`),
/// so that a plural (مشاريع) is indexed and asked for under its singular's
/// stem (مشروع): no suffix rule can reach a plural made by changing the
/// vowels inside the word.
///
/// Plurals are kept as packed, fully folded keys (see ``ArabicLetter/code(_:)``)
/// that the stemmer compares with the letters left once proclitics and a
/// possessive pronoun are gone; singulars as their letters, which the
/// stemmer then stems as it stems any word.
struct ArabicBrokenPlurals: Sendable {
    /// The index of each plural's singular.
    private let singularOf: [UInt64: Int32]
    /// The singulars' letters (lightly folded), end to end.
    private let letters: [UInt16]
    /// Where each singular ends in `letters`; it starts where the previous one ends.
    private let ends: [Int32]
    /// One bit per hash bucket of `singularOf`: nearly every word the
    /// stemmer asks about is no plural, and a clear bit answers it.
    private let filter: [UInt64]
    /// The (singular, plural) pairs in the file.
    let pairCount: Int
    /// Plurals the file gives that are not used: one that spells another
    /// line's singular, or that two singulars claim, would join words that
    /// must stay apart.
    let ignoredPlurals: Int

    init(_ text: String) {
        var singularLetters: [UInt16] = []
        var ends: [Int32] = []
        var plurals: [(key: UInt64, singular: Int32)] = []
        singularLetters.reserveCapacity(text.utf8.count / 4)
        ends.reserveCapacity(1_024)
        plurals.reserveCapacity(1_024)
        var pairs = 0
        var text = text
        // Read from the UTF-8 bytes straight into letters and keys, a word's
        // key built as its letters come (see ``ArabicLexicon/keys(in:strong:)``).
        text.withUTF8 { bytes in
            var key: UInt64 = 0
            var count = 0
            var wordInLine = 0
            var inComment = false
            var i = 0
            while i <= bytes.count {
                let value: UInt32
                if i == bytes.count {
                    value = 0x0A
                    i += 1
                } else {
                    value = ValidUTF8.scalar(bytes, &i).value
                }
                let endsLine = value == 0x0A || value == 0x0D
                if endsLine || value == 0x20 || value == 0x09 || (value == 0x23 && !inComment) {
                    if count > 0 {
                        if wordInLine == 0 {
                            ends.append(Int32(singularLetters.count))
                        } else if count <= 10 {
                            plurals.append((key, Int32(ends.count - 1)))
                            pairs += 1
                        }
                        wordInLine += 1
                    }
                    (key, count) = (0, 0)
                    if value == 0x23 { inComment = true }
                    if endsLine { (wordInLine, inComment) = (0, false) }
                    continue
                }
                guard !inComment, value <= 0xFFFF, let light = ArabicNormalizer.lightFold(UInt16(value)) else { continue }
                if wordInLine == 0 { singularLetters.append(light) }
                if count < 10 {
                    key |= ArabicLetter.code(ArabicNormalizer.strongFold(light)) << (6 * UInt64(count))
                }
                count += 1
            }
        }
        var singularKeys = Set<UInt64>(minimumCapacity: ends.count)
        for index in ends.indices {
            let start = index == 0 ? 0 : Int(ends[index - 1])
            if let key = Self.key(singularLetters[start..<Int(ends[index])]) { singularKeys.insert(key) }
        }
        var singularOf = [UInt64: Int32](minimumCapacity: plurals.count)
        var ambiguous = Set<UInt64>()
        var ignored = 0
        for (key, singular) in plurals {
            if singularKeys.contains(key) {
                ignored += 1
            } else if let other = singularOf[key], other != singular {
                ambiguous.insert(key)
                ignored += 1
            } else {
                singularOf[key] = singular
            }
        }
        for key in ambiguous {
            singularOf[key] = nil
            ignored += 1
        }
        var filter = [UInt64](repeating: 0, count: Self.filterWords)
        for key in singularOf.keys {
            let bucket = Self.bucket(key)
            filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
        }
        self.singularOf = singularOf
        self.letters = singularLetters
        self.ends = ends
        self.filter = filter
        pairCount = pairs
        ignoredPlurals = ignored
    }

    /// The index of the singular of the plural whose key is `key`, if it is one.
    @inline(__always)
    func singular(ofKey key: UInt64) -> Int32? {
        let bucket = Self.bucket(key)
        guard filter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return nil }
        return singularOf[key]
    }

    /// Calls `body` with the letters of singular `index`.
    func withSingular<T>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt16>) -> T) -> T {
        let start = index == 0 ? 0 : Int(ends[Int(index) - 1])
        return letters[start..<Int(ends[Int(index)])].withUnsafeBufferPointer(body)
    }

    private static let filterWords = 1 << 10                       // 65,536 bits

    @inline(__always)
    private static func bucket(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The packed key of lightly folded letters, folded as the stemmer's
    /// views fold them (``ArabicStemView/key()``); nil past ten letters.
    private static func key(_ word: ArraySlice<UInt16>) -> UInt64? {
        guard !word.isEmpty, word.count <= 10 else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for letter in word {
            key |= ArabicLetter.code(ArabicNormalizer.strongFold(letter)) << shift
            shift += 6
        }
        return key
    }
}
