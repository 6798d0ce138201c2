/// The Arabic word lists of `Lexicons/`, loaded once from the embedded files.
///
/// Words are kept as packed keys (see ``ArabicLetter/code(_:)``) so that the
/// stemmer can look up any slice of a word without building a `String`.
struct ArabicLexicon: Sendable {
    /// Stems that the stemmer must not cut into: words whose first letter
    /// is a root letter that looks like a proclitic (لجنة، وفد، بنك), or
    /// whose ending looks like a suffix (لبنان، بيان), and nouns that would
    /// otherwise fall onto a different word. Keyed in fully folded form.
    let protectedStems: Set<UInt64>
    /// Function words not indexed. Keyed with ى and ة kept apart from ي and
    /// ه, so that the preposition على is a stopword and the name علي is not.
    let stopwords: Set<UInt64>

    static let shared = ArabicLexicon(
        exceptions: EmbeddedFiles.files["arabic-stem-exceptions.txt"] ?? "",
        stopwords: EmbeddedFiles.files["arabic-stopwords.txt"] ?? "")

    /// One bit per hash bucket of `protectedStems`: most lookups miss, and
    /// a clear bit answers them without hashing the key into the set.
    private let protectedFilter: [UInt64]

    init(exceptions: String, stopwords: String) {
        protectedStems = Set(Self.words(in: exceptions).compactMap { Self.key($0, strong: true) })
        self.stopwords = Set(Self.words(in: stopwords).compactMap { Self.key($0, strong: false) })
        var filter = [UInt64](repeating: 0, count: Self.filterWords)
        for key in protectedStems {
            let bucket = Self.bucket(key)
            filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
        }
        protectedFilter = filter
    }

    /// Whether `key` is the key of a protected stem.
    @inline(__always)
    func isProtected(_ key: UInt64) -> Bool {
        let bucket = Self.bucket(key)
        guard protectedFilter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return false }
        return protectedStems.contains(key)
    }

    private static let filterWords = 1 << 10                       // 65,536 bits

    @inline(__always)
    private static func bucket(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The entries of a word list: one word a line, `#` starts a comment,
    /// white space around a word is not part of it.
    ///
    /// Read scalar by scalar: splitting the lists into `Character`s (grapheme
    /// breaking over 20 KB of Arabic) was 7.8 M instructions, a fifth of a
    /// whole process searching one Arabic word.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var line = String.UnicodeScalarView()
        var inComment = false
        func finish() {
            let scalars = line
            if let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
               let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) {
                words.append(String(scalars[first...last]))
            }
            line = String.UnicodeScalarView()
            inComment = false
        }
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                finish()
            } else if scalar == "#" {
                inComment = true
            } else if !inComment {
                line.append(scalar)
            }
        }
        finish()
        return words
    }

    /// The scalars `Character.isNewline` is true for.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The packed key of a word, or nil when it is longer than ten letters.
    static func key(_ word: String, strong: Bool) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        for scalar in word.unicodeScalars {
            guard scalar.value <= 0xFFFF, let light = ArabicNormalizer.lightFold(UInt16(scalar.value)) else { continue }
            let letter = strong ? ArabicNormalizer.strongFold(light) : stopwordFold(light)
            guard count < 10 else { return nil }
            key |= ArabicLetter.code(letter) << (6 * UInt64(count))
            count += 1
        }
        return count == 0 ? nil : key
    }

    /// The folding stopwords are compared under: alif and hamza seats
    /// merged, ى and ة kept.
    @inline(__always)
    static func stopwordFold(_ v: UInt16) -> UInt16 {
        switch v {
        case 0x0622, 0x0623, 0x0625: return ArabicLetter.alef
        case 0x0624, 0x0626: return ArabicLetter.hamza
        default: return v
        }
    }
}

