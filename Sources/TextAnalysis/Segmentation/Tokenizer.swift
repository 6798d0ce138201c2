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
        let (tokens, spellings, _) = spelledTokens(scalars, table: SpellingTable())
        return (tokens, spellings)
    }

    /// `spelledTokens(_:)` with the spellings of `table`, kept from the texts
    /// before: each token's spelling number in it as well (-1 for a word with
    /// invisible marks inside, whose surface is not the scalars it spans).
    public static func spelledTokens(
        _ scalars: [Unicode.Scalar], table: SpellingTable
    ) -> (tokens: [Token], spellings: [Int], numbers: [Int]) {
        var tokens: [Token] = []
        var spellings: [Int] = []
        var numbers: [Int] = []
        tokens.reserveCapacity(scalars.count / 4)
        spellings.reserveCapacity(scalars.count / 4)
        numbers.reserveCapacity(scalars.count / 4)
        table.beginText()
        var index = 0
        var lastEnd = -1
        while let (kind, start, skipped) = nextToken(scalars, &index) {
            let surface: String
            if skipped {
                // The word's scalars less the invisible marks inside it (every other scalar is a word scalar).
                surface = String(scalars: ArraySlice(scalars[start..<index].filter { !Script.isInvisible($0) }))
                spellings.append(tokens.count)
                numbers.append(-1)
            } else {
                let (number, first) = table.number(scalars, start, index, token: tokens.count)
                surface = table.surface(number)
                spellings.append(first)
                numbers.append(number)
            }
            tokens.append(Token(kind: kind, start: start, end: index, surface: surface, attached: start == lastEnd))
            lastEnd = index
        }
        return (tokens, spellings, numbers)
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
