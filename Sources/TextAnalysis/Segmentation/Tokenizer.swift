/// Splits text into words, numbers and single punctuation marks.
///
/// Words run over letters and combining marks (harakat, accents, tatweel);
/// invisible formatting inside a word (a zero-width joiner, a bidi mark) is
/// skipped rather than splitting it. Apostrophes and hyphens split words
/// ("l'Union" → l ' Union), since clitics are matched word by word.
public enum Tokenizer {
    public static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        // Without `spelledTokens`' table of spellings: lexicons tokenize each of
        // their few thousand short phrases at start-up, where allocating the
        // table cost more than the tokens (the tokens and surfaces are the same).
        var tokens: [Token] = []
        var index = 0
        var lastEnd = -1
        while let (kind, start, skipped) = nextToken(scalars, &index) {
            let surface = skipped
                ? String(scalars: ArraySlice(scalars[start..<index].filter { !Script.isInvisible($0) }))
                : String(scalars: scalars[start..<index])
            tokens.append(Token(kind: kind, start: start, end: index, surface: surface, attached: start == lastEnd))
            lastEnd = index
        }
        return tokens
    }

    /// The next token from `index` on: its kind, where it starts, and whether
    /// invisible formatting was skipped inside it (its surface is then not the
    /// scalars it spans); `index` is left at its end. nil at the end of the text.
    @inline(__always)
    private static func nextToken(_ scalars: [Unicode.Scalar], _ index: inout Int) -> (Token.Kind, Int, Bool)? {
        let count = scalars.count
        while index < count, Script.isSpace(scalars[index]) || Script.isInvisible(scalars[index]) { index += 1 }
        guard index < count else { return nil }
        let scalar = scalars[index]
        let start = index
        let kind: Token.Kind
        var skipped = false
        if isDigit(scalar) {
            kind = .number
            while index < count, isDigit(scalars[index]) { index += 1 }
        } else if isWordScalar(scalar) {
            kind = .word
            while index < count {
                let s = scalars[index]
                if !isWordScalar(s) {
                    guard Script.isInvisible(s) && index + 1 < count && isWordScalar(scalars[index + 1]) else { break }
                    skipped = true
                }
                index += 1
            }
        } else {
            kind = .punctuation
            index += 1
        }
        return (kind, start, skipped)
    }

    /// The tokens, and for each the index of the first token spelled with
    /// exactly the same scalars (its own index at a first spelling), so that a
    /// caller can read each distinct word once. Tokens spelled alike share one
    /// `surface` string: most words of an article recur, and making a string
    /// per token was most of the tokenizer's work.
    public static func spelledTokens(_ scalars: [Unicode.Scalar]) -> (tokens: [Token], spellings: [Int]) {
        var tokens: [Token] = []
        var spellings: [Int] = []
        tokens.reserveCapacity(scalars.count / 4)
        spellings.reserveCapacity(scalars.count / 4)
        var seen = SpellingTable(expected: scalars.count / 4)
        var index = 0
        var lastEnd = -1
        while let (kind, start, skipped) = nextToken(scalars, &index) {
            let surface: String
            let spelling: Int
            if skipped {
                // The word's scalars less the invisible marks inside it (every other scalar is a word scalar).
                surface = String(scalars: ArraySlice(scalars[start..<index].filter { !Script.isInvisible($0) }))
                spelling = tokens.count
            } else if let earlier = seen.find(scalars, start, index, tokens) {
                surface = tokens[earlier].surface
                spelling = earlier
            } else {
                surface = String(scalars: scalars[start..<index])
                spelling = tokens.count
                seen.insert(tokens.count)
            }
            tokens.append(Token(kind: kind, start: start, end: index, surface: surface, attached: start == lastEnd))
            spellings.append(spelling)
            lastEnd = index
        }
        return (tokens, spellings)
    }

    /// The first token of each spelling, by a hash of its scalars (open
    /// addressing; tokens found here span exactly their surface's scalars).
    private struct SpellingTable {
        private var slots: [Int32]
        private var hashes: [UInt32]
        private var count = 0
        /// The hash of the span last looked up, for `insert`.
        private var pending: UInt32 = 0

        init(expected: Int) {
            var size = 16
            while size < expected * 2 { size *= 2 }
            slots = Array(repeating: -1, count: size)
            hashes = Array(repeating: 0, count: size)
        }

        private static func hash(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt32 {
            var h: UInt32 = 0x811C_9DC5
            for i in start..<end { h = (h ^ scalars[i].value) &* 0x0100_0193 }
            return h
        }

        /// The first token spelled as `scalars[start..<end]`.
        mutating func find(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ tokens: [Token]) -> Int? {
            let h = Self.hash(scalars, start, end)
            pending = h
            let mask = slots.count - 1
            var slot = Int(h) & mask
            while slots[slot] >= 0 {
                if hashes[slot] == h {
                    let token = tokens[Int(slots[slot])]
                    if token.end - token.start == end - start,
                       scalars[token.start..<token.end].elementsEqual(scalars[start..<end]) {
                        return Int(slots[slot])
                    }
                }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Records token `index` under the span `find` last missed.
        mutating func insert(_ index: Int) {
            if (count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var slot = Int(pending) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
            hashes[slot] = pending
            count += 1
        }

        private mutating func grow() {
            let oldSlots = slots, oldHashes = hashes
            slots = Array(repeating: -1, count: oldSlots.count * 2)
            hashes = Array(repeating: 0, count: oldSlots.count * 2)
            let mask = slots.count - 1
            for (index, hash) in zip(oldSlots, oldHashes) where index >= 0 {
                var slot = Int(hash) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = index
                hashes[slot] = hash
            }
        }
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: return true
        default: return false
        }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        // The Arabic block by table (letters, tatweel, harakat), since looking
        // up Unicode properties for every scalar of an Arabic text is the slow part.
        switch scalar.value {
        case 0x0621...0x065F, 0x0670...0x06D3, 0x06D5, 0x06FA...0x06FC: return true
        case 0x0600...0x06FF: return false
        // Accented Latin (Latin-1 to Latin Extended-B) likewise: all letters but × and ÷.
        case 0x00D7, 0x00F7: return false
        case 0x00C0...0x024F: return true
        // Latin-1 signs (NBSP, « », °) and General Punctuation (’ “ ” – — …), which
        // end most words of news text: no letter or mark among them but ª µ º.
        case 0x0080...0x00BF: return scalar.value == 0xAA || scalar.value == 0xB5 || scalar.value == 0xBA
        case 0x2000...0x206F: return false
        default: break
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }
}
