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
    /// Broken plurals, indexed under their singulars' stems.
    let plurals: ArabicBrokenPlurals

    static let shared = ArabicLexicon(
        exceptions: EmbeddedFiles.files["arabic-stem-exceptions.txt"] ?? "",
        stopwords: EmbeddedFiles.files["arabic-stopwords.txt"] ?? "",
        plurals: EmbeddedFiles.files["arabic-broken-plurals.txt"] ?? "")

    /// One bit per hash bucket of `protectedStems`: most lookups miss, and
    /// a clear bit answers them without hashing the key into the set.
    private let protectedFilter: [UInt64]

    init(exceptions: String, stopwords: String, plurals: String = "") {
        protectedStems = Set(Self.keys(in: exceptions, strong: true))
        self.stopwords = Set(Self.keys(in: stopwords, strong: false))
        self.plurals = ArabicBrokenPlurals(plurals)
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

    /// The packed keys (see ``key(_:strong:)``) of a word list's entries: one
    /// word a line, `#` starts a comment, white space around a word is not
    /// part of it; an entry longer than ten letters has no key.
    ///
    /// Read from the UTF-8 bytes straight into keys, without a `String` a
    /// word: a process searching one Arabic word loads every list first.
    static func keys(in text: String, strong: Bool) -> [UInt64] {
        var text = text
        return text.withUTF8 { bytes in
            var keys: [UInt64] = []
            var key: UInt64 = 0
            var count = 0
            var tooLong = false
            var inComment = false
            // White space inside an entry is part of it, around it is not:
            // a run is held back until something else follows it.
            var pendingSpace: [Unicode.Scalar] = []
            func add(_ scalar: Unicode.Scalar) {
                guard scalar.value <= 0xFFFF, let light = ArabicNormalizer.lightFold(UInt16(scalar.value)) else { return }
                // What `key(_:strong:)` keeps of a letter, folded as it folds it.
                guard count < 10 else { tooLong = true; return }
                key |= ArabicLetter.code(strong ? ArabicNormalizer.strongFold(light) : stopwordFold(light)) << (6 * UInt64(count))
                count += 1
            }
            func finish() {
                if count > 0, !tooLong { keys.append(key) }
                (key, count, tooLong, inComment) = (0, 0, false, false)
                pendingSpace.removeAll(keepingCapacity: true)
            }
            var i = 0
            var started = false
            while i < bytes.count {
                let scalar = ValidUTF8.scalar(bytes, &i)
                if isLineBreak(scalar) {
                    finish()
                    started = false
                } else if inComment {
                    continue
                } else if scalar == "#" {
                    inComment = true
                } else if isSpace(scalar) {
                    if started { pendingSpace.append(scalar) }
                } else {
                    for space in pendingSpace { add(space) }
                    pendingSpace.removeAll(keepingCapacity: true)
                    started = true
                    add(scalar)
                }
            }
            finish()
            return keys
        }
    }

    /// `properties.isWhitespace`, answered without the property look-up for
    /// the printable ASCII and Arabic letters that make up the lists.
    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21..<0x7F, 0x0600...0x06FF: return false
        case 0x20, 0x09: return true
        default: return scalar.properties.isWhitespace
        }
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

