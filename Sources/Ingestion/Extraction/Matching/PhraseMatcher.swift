import TextAnalysis

/// Finds lexicon phrases in a document's tokens.
///
/// Entries are indexed by their first word, so a token costs a handful of
/// dictionary look-ups whatever the size of the lexicon; no regular
/// expression runs per entry.
struct PhraseMatcher<Value: Sendable>: Sendable {
    enum Pattern: Hashable, Sendable {
        /// A stem compared with the token's readings (clitics and inflections off).
        case stem(String)
        /// Any word whose proclitic-free form starts with this.
        case prefix(String)
        /// A punctuation mark written inside a name ("États-Unis", "People's").
        case mark(String)
    }

    struct Entry: Sendable {
        var patterns: [Pattern]
        var value: Value
        /// The phrase as the lexicon wrote it, for case checks and debugging.
        var written: String
        /// `written` folded, as callers compare it (once here, not per match).
        var folded: String
        /// The key of each `.stem` pattern, nil for the others.
        var stemKeys: [WordKey?]
    }

    struct Match: Sendable {
        var entry: Int
        /// Token indices `first..<end`.
        var first: Int
        var end: Int
        /// How the first word was read (its clitics and ending).
        var reading: WordAnalysis.Reading
    }

    private(set) var entries: [Entry] = []
    private var byStem = WordTable<[Int]>()
    private var byPrefix = WordTable<[Int]>()
    /// The lengths of the prefix entries, longest first: an array, not a Set, whose
    /// order changes from one process to the next, and decides which of two prefix
    /// entries of one word ("engag*", "engagement*") comes first when both match.
    private var prefixLengths: [Int] = []
    /// How many words may stand between two words of a phrase.
    let gap: Int
    /// The lexicon's place in its language's `FirstWordIndex`; nil for a
    /// matcher outside it, which makes its own look-ups at every token.
    let lane: FirstWordIndex.Lane?
    /// The keys of the stems and marks that begin entries, for `FirstWordIndex`.
    var firstStems: [WordKey] { byStem.keys }
    /// Each prefix entry's first pattern as a key, with its length in Characters.
    private(set) var firstPrefixes: [(key: WordKey, length: Int)] = []
    /// The patterns after each entry's first, flattened for `matchRest`: entry
    /// `id`'s are `restStart[id]..<restStart[id + 1]`, each with whether it is
    /// a stem and its key's hash. Most entries tried fail on their second
    /// word, and comparing hashes there costs no copy of the entry's strings.
    private var restStart: [Int] = [0]
    private var restIsStem: [Bool] = []
    private var restHashes: [Int] = []
    /// Per entry, the bit (of 64, by hash) its second word's key sets in a
    /// token's `nextWordMask`, or every bit when that word is no stem or it
    /// has none. With no gap, an entry whose bit the next token lacks cannot
    /// match there, and is not tried: most entries that share a first word
    /// ("the", "جزر") fail on their second.
    private var secondWordBits: [UInt64] = []

    init(gap: Int = 0, lane: FirstWordIndex.Lane? = nil) {
        self.gap = gap
        self.lane = lane
    }

    /// Adds `phrase`: words separated by spaces, a trailing `*` making a prefix.
    mutating func add(_ phrase: String, value: Value) {
        let scalars = Array(phrase.unicodeScalars)
        var patterns: [Pattern] = []
        let tokens = Tokenizer.tokens(scalars)
        for token in tokens {
            if token.kind == .punctuation {
                if token.surface == "*", !patterns.isEmpty, case let .stem(s) = patterns[patterns.count - 1], token.attached {
                    patterns[patterns.count - 1] = .prefix(s)
                } else {
                    patterns.append(.mark(token.surface == "’" ? "'" : token.surface))
                }
            } else {
                patterns.append(.stem(WordAnalysis.fold(token.surface)))
            }
        }
        guard let first = patterns.first else { return }
        let id = entries.count
        let stemKeys = patterns.map { pattern -> WordKey? in
            if case let .stem(s) = pattern { return WordKey(s) } else { return nil }
        }
        entries.append(Entry(patterns: patterns, value: value, written: phrase, folded: WordAnalysis.fold(phrase), stemKeys: stemKeys))
        for key in stemKeys.dropFirst() {
            restIsStem.append(key != nil)
            restHashes.append(key?.hashCode ?? 0)
        }
        restStart.append(restHashes.count)
        if stemKeys.count > 1, let second = stemKeys[1] { secondWordBits.append(Self.bit(second.hashCode)) } else { secondWordBits.append(~0) }
        switch first {
        case let .stem(s): byStem.update(WordKey(s), default: []) { $0.append(id) }
        case let .prefix(p):
            byPrefix.update(WordKey(p), default: []) { $0.append(id) }
            let length = p.count
            firstPrefixes.append((WordKey(p), length))
            if !prefixLengths.contains(length) {
                prefixLengths.append(length)
                prefixLengths.sort(by: >)
            }
        case let .mark(m): byStem.update(WordKey(m), default: []) { $0.append(id) }
        }
    }

    @inline(__always)
    private static func bit(_ hash: Int) -> UInt64 { 1 << UInt64(hash & 63) }

    /// The bits of the keys of the word at `index`, as `secondWordBits` sets
    /// them; every bit when there is no word there (a number or a mark is
    /// compared as written, and the end of the text is left to `matchRest`),
    /// or when the matcher allows a gap (the second word may be further on).
    private func nextWordMask(_ index: Int, _ document: Document) -> UInt64 {
        guard gap == 0, index < document.tokens.count, document.tokens[index].kind == .word else { return ~0 }
        var mask: UInt64 = 0
        for r in document.stemKeyRange(index) { mask |= Self.bit(document.stemKeys[r].hashCode) }
        // A word with no keys (a lone "و": "الجزائر و كوبا") is no entry's second word, but the
        // one-word entries, whose bits are all set, still fit before it: one bit keeps them (a
        // longer entry that has that bit too fails in `matchRest`).
        return mask == 0 ? 1 : mask
    }

    /// Every entry that starts at token `index`, longest first.
    func matches(at index: Int, in document: Document) -> [Match] {
        guard mayStart(at: index, in: document) else { return [] }
        return lookUp(at: index, in: document)
    }

    /// False when no entry can start at token `index`: most tokens start no
    /// entry of this lexicon, and the document's index says so in one bit.
    /// Loops over every token ask this first, so that a miss costs no call
    /// and no (empty) array of matches.
    @inline(__always)
    func mayStart(at index: Int, in document: Document) -> Bool {
        // (One array read, and the language compared only when the bit is clear: asked of nearly every token.)
        guard index >= 0, index < document.lanes.count else { return false }
        guard let lane else { return true }
        return document.lanes[index] & lane.bit != 0 || !lane.isIndexed(for: document.language)
    }

    /// `matches(at:in:)` by this matcher's own tables, whatever the document's
    /// index says: for callers that asked `mayStart` already, and for tests,
    /// which compare the two.
    func lookUp(at index: Int, in document: Document) -> [Match] {
        guard index >= 0, index < document.tokens.count else { return [] }
        var found: [Match] = []
        // The entries tried so far: the first list found is kept as it is (a
        // retain), the others' entries are added one by one. Most tokens find
        // one list at most, and growing an array entry by entry allocated it
        // for every token that found one. An entry is in one list, once.
        var firstTried: [Int]? = nil
        var tried: [Int] = []
        // By index, not by element: a Reading or an Entry copied out costs a
        // retain per string inside, and most look-ups find nothing.
        let keys = document.stemKeyRange(index)
        let first = keys.lowerBound
        let next = nextWordMask(index + 1, document)
        for r in keys {
            guard let slot = byStem.index(of: document.stemKeys[r]) else { continue }
            let ids = byStem.values[slot]
            if let earlier = firstTried {
                for id in ids where secondWordBits[id] & next != 0 && !earlier.contains(id) && !tried.contains(id) {
                    tried.append(id)
                    if let end = matchRest(id, from: index + 1, in: document) {
                        found.append(Match(entry: id, first: index, end: end, reading: document.analyses[index]!.readings[r - first]))
                    }
                }
            } else {
                firstTried = ids
                for id in ids where secondWordBits[id] & next != 0 {
                    if let end = matchRest(id, from: index + 1, in: document) {
                        found.append(Match(entry: id, first: index, end: end, reading: document.analyses[index]!.readings[r - first]))
                    }
                }
            }
        }
        if !prefixLengths.isEmpty, let analysis = document.analyses[index] {
            for (prefix, base) in analysis.bases {
                // Character counts; for ASCII (most Latin words once folded) bytes are Characters.
                let ascii = base.utf8.allSatisfy { $0 < 0x80 }
                let count = ascii ? base.utf8.count : base.count
                for length in prefixLengths where length <= count {
                    // Most heads start no entry: for ASCII, test their hash on the bytes
                    // before making a string and a key.
                    if ascii, let known = base.utf8.withContiguousStorageIfAvailable({
                        byPrefix.containsHash(WordKey.hashCode(ascii: $0[..<length]))
                    }), !known { continue }
                    let head = ascii ? String(Substring(base.utf8.prefix(length))) : String(base.prefix(length))
                    guard let slot = byPrefix.index(of: WordKey(head)) else { continue }
                    let ids = byPrefix.values[slot]
                    if let earlier = firstTried {
                        for id in ids where secondWordBits[id] & next != 0 && !earlier.contains(id) && !tried.contains(id) {
                            tried.append(id)
                            if let end = matchRest(id, from: index + 1, in: document) {
                                found.append(Match(entry: id, first: index, end: end,
                                                   reading: .init(prefix: prefix, stem: base, suffix: "")))
                            }
                        }
                    } else {
                        firstTried = ids
                        for id in ids where secondWordBits[id] & next != 0 {
                            if let end = matchRest(id, from: index + 1, in: document) {
                                found.append(Match(entry: id, first: index, end: end,
                                                   reading: .init(prefix: prefix, stem: base, suffix: "")))
                            }
                        }
                    }
                }
            }
        }
        // The phrase with more of its words found wins, then the one spanning less: with a gap,
        // "noted with satisfaction" is more telling than "noted … that", which spans further, and of
        // "أعرب عن ارتياحه …، وتطلع" the words that stand together ("أعرب عن ارتياح") are the cue.
        // Sorted in place, stably (equal matches keep the order found), by insertion:
        // there are a handful at most, and `sorted` copied the array and every match's strings.
        for i in found.indices.dropFirst() {
            var j = i
            while j > 0, rank(found, j) > rank(found, j - 1) {
                found.swapAt(j, j - 1)
                j -= 1
            }
        }
        return found
    }

    /// How match `i` ranks among those at one token: by its entry's words, then its span, shorter first.
    /// (By index, no match copied; words counted by `restStart`: reading an entry's `patterns` copied the entry.)
    @inline(__always)
    private func rank(_ found: [Match], _ i: Int) -> (words: Int, span: Int) {
        let entry = found[i].entry
        return (restStart[entry + 1] - restStart[entry] + 1, found[0].first - found[i].end)
    }

    /// The longest entry at each position, left to right, without overlaps.
    func scan(_ range: Range<Int>, in document: Document) -> [Match] {
        var result: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if mayStart(at: index, in: document),
               let best = lookUp(at: index, in: document).first(where: { $0.end <= range.upperBound }) {
                result.append(best)
                index = best.end
            } else {
                index += 1
            }
        }
        return result
    }

    private func matchRest(_ id: Int, from start: Int, in document: Document) -> Int? {
        let rest = restStart[id]..<restStart[id + 1]
        guard !rest.isEmpty else { return start }
        var position = start
        for q in rest {
            var skipped = 0
            var matched = false
            while position < document.tokens.count {
                if restMatches(q, id, q - rest.lowerBound + 1, document, position) {
                    matched = true
                    position += 1
                    break
                }
                // Elisions ("d'accord", "l'appui") are part of the word they precede; an
                // aside between commas may separate a verb from its particle ("أعرب الجانبان، في بيان…، عن").
                if gap > 0, Self.isGapMark(document.tokens[position].surface) { position += 1; continue }
                guard skipped < gap, document.tokens[position].kind == .word else { break }
                skipped += 1
                position += 1
            }
            if !matched { return nil }
        }
        return position
    }

    /// Whether `surface` is ' ’ , or ، or a quotation mark (each one scalar with no decomposition,
    /// so comparing scalars is `String`'s equality, without an array per call). Reports quote
    /// fragments of a statement inside its cue ("expressed “deep concern”", "عن «ارتياحها»").
    private static func isGapMark(_ surface: String) -> Bool {
        var scalars = surface.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil else { return false }
        switch scalar.value {
        case 0x27, 0x2019, 0x2C, 0x060C, 0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// `matchesOne` for pattern `p` of entry `id` (flattened at `q`): a stem
    /// against a word's keys by their hashes first, anything else as written.
    @inline(__always)
    private func restMatches(_ q: Int, _ id: Int, _ p: Int, _ document: Document, _ index: Int) -> Bool {
        guard restIsStem[q], document.tokens[index].kind == .word else {
            return matchesOne(entries[id].patterns[p], entries[id].stemKeys[p], document, index)
        }
        let hash = restHashes[q]
        for r in document.stemKeyRange(index) where document.stemKeys[r].hashCode == hash {
            if document.stemKeys[r] == entries[id].stemKeys[p]! { return true }
        }
        return false
    }

    private func matchesOne(_ pattern: Pattern, _ key: WordKey?, _ document: Document, _ index: Int) -> Bool {
        switch pattern {
        case let .mark(m):
            let surface = document.tokens[index].surface
            return surface == m || (m == "'" && surface == "’") || (m == "-" && (surface == "–" || surface == "‑"))
        case let .stem(s):
            // Words, and only words, have analyses.
            guard document.tokens[index].kind == .word else {
                return document.tokens[index].kind == .number && document.tokens[index].surface == s
            }
            return document.stemKeys[document.stemKeyRange(index)].contains(key!)
        case let .prefix(p):
            guard let analysis = document.analyses[index] else { return false }
            return analysis.bases.contains { $0.base.hasPrefix(p) }
        }
    }
}
