import Model

/// The first words of every lexicon that a document of one language is
/// matched against, in one table.
///
/// Each lexicon's `PhraseMatcher` is asked about nearly every token (parties,
/// titles, cues, dates, cities, kinds, mechanisms, and topics per clause), and
/// each used to look all of a token's readings up in its own tables, though
/// most tokens start no entry of most lexicons. A document now looks each
/// distinct word's readings up here once, and keeps per token the lanes (one
/// bit per lexicon) whose entries may start there; a matcher whose lane is
/// clear returns at once. A set lane promises nothing: the matcher then makes
/// its own look-ups as before, so matches are exactly what they were.
struct FirstWordIndex: Sendable {
    /// A lexicon's bit in the index, and the language whose index holds it
    /// (nil: every language's, for the lexicons all languages share).
    struct Lane: Sendable, Equatable {
        let bit: UInt16
        let language: Language?

        static func cues(_ language: Language) -> Lane { Lane(bit: 1 << 0, language: language) }
        static func parties(_ language: Language) -> Lane { Lane(bit: 1 << 1, language: language) }
        static func roles(_ language: Language) -> Lane { Lane(bit: 1 << 2, language: language) }
        static func topics(_ language: Language) -> Lane { Lane(bit: 1 << 3, language: language) }
        static let cities = Lane(bit: 1 << 4, language: nil)
        static let dates = Lane(bit: 1 << 5, language: nil)
        static let kinds = Lane(bit: 1 << 6, language: nil)
        static let mechanisms = Lane(bit: 1 << 7, language: nil)
        static let ordinals = Lane(bit: 1 << 8, language: nil)
        /// Not a matcher: the words of `rounds.txt`, which `MechanismFinder`
        /// asks of every token of every sentence. Set exactly when one of the
        /// word's readings is a round word.
        static let roundWords = Lane(bit: 1 << 9, language: nil)
        /// Not a matcher either: words that put a round in the future
        /// (`MechanismFinder.isFutureMark`), also asked of every token.
        static let futureMarks = Lane(bit: 1 << 10, language: nil)

        /// Whether a document of `language` carries this lane.
        @inline(__always)
        func isIndexed(for language: Language) -> Bool { self.language == nil || self.language == language }
    }

    /// Stems that begin an entry, with the lanes of the lexicons whose entries they begin.
    private var stems = WordTable<UInt16>()
    /// The same for prefix entries ("invest*").
    private var prefixes = WordTable<UInt16>()
    /// Every prefix entry's length in Characters, shortest first, with the
    /// lanes that have a prefix entry of that length: a lexicon tries a
    /// word's heads of its own lengths only, and so must the index.
    private var prefixLengths: [(length: Int, lanes: UInt16)] = []

    static let arabic = FirstWordIndex(.arabic)
    static let english = FirstWordIndex(.english)
    static let french = FirstWordIndex(.french)

    static func of(_ language: Language) -> FirstWordIndex {
        switch language {
        case .arabic: return arabic
        case .english: return english
        case .french: return french
        }
    }

    private init(_ language: Language) {
        add(CueLexicon.of(language).matcher)
        add(PartyLexicon.of(language).matcher)
        add(RoleLexicon.of(language).matcher)
        add(TopicClassifier.of(language).matcher)
        add(CityLexicon.shared.matcher)
        add(DateLexicon.shared.matcher)
        add(KindFinder.matcher)
        add(MechanismFinder.mechanisms)
        add(MechanismFinder.ordinals)
        for key in MechanismFinder.roundWords.keys {
            stems.update(key, default: 0) { $0 |= Lane.roundWords.bit }
        }
    }

    private mutating func add<Value>(_ matcher: PhraseMatcher<Value>) {
        guard let lane = matcher.lane else { preconditionFailure("a lexicon's matcher needs a lane") }
        for key in matcher.firstStems {
            stems.update(key, default: 0) { $0 |= lane.bit }
        }
        for (key, length) in matcher.firstPrefixes {
            prefixes.update(key, default: 0) { $0 |= lane.bit }
            if let k = prefixLengths.firstIndex(where: { $0.length == length }) {
                prefixLengths[k].lanes |= lane.bit
            } else {
                prefixLengths.append((length, lane.bit))
                prefixLengths.sort { $0.length < $1.length }
            }
        }
    }

    /// The lanes whose entries may start at a word read as `analysis`: the
    /// look-ups of `PhraseMatcher.matches(at:in:)`, made once for all lexicons.
    func lanes(of analysis: WordAnalysis) -> UInt16 {
        var lanes: UInt16 = MechanismFinder.isFutureMark(analysis) ? Lane.futureMarks.bit : 0
        for key in analysis.stemKeys {
            if let slot = stems.index(of: key) { lanes |= stems.values[slot] }
        }
        guard !prefixLengths.isEmpty else { return lanes }
        for (_, base) in analysis.bases {
            // Character counts; for ASCII (most Latin words once folded) bytes are Characters.
            let ascii = base.utf8.allSatisfy { $0 < 0x80 }
            if ascii, let found = base.utf8.withContiguousStorageIfAvailable({ asciiPrefixLanes($0) }) {
                lanes |= found
                continue
            }
            let count = ascii ? base.utf8.count : base.count
            for (length, lengthLanes) in prefixLengths {
                guard length <= count else { break }
                let head = ascii ? String(Substring(base.utf8.prefix(length))) : String(base.prefix(length))
                if let slot = prefixes.index(of: WordKey(head)) { lanes |= prefixes.values[slot] & lengthLanes }
            }
        }
        return lanes
    }

    /// The prefix lanes of an ASCII word: its heads' hashes grow a byte at a
    /// time, and a head is made a string only when some prefix has its hash.
    private func asciiPrefixLanes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        var lanes: UInt16 = 0
        var hash = WordKey.RunningHash()
        var fed = 0
        for (length, lengthLanes) in prefixLengths {
            guard length <= bytes.count else { break }
            while fed < length {
                hash.append(bytes[fed])
                fed += 1
            }
            guard prefixes.containsHash(hash.code) else { continue }
            let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
            if let slot = prefixes.index(of: WordKey(head)) { lanes |= prefixes.values[slot] & lengthLanes }
        }
        return lanes
    }
}
