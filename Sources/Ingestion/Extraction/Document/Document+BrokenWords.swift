import Model
import TextAnalysis

extension Document {
    /// The tokens with words broken by a hyphen at an old line break
    /// ("félici-tés", "vo- lonté", "commit-\nment") made whole again, so that
    /// cues and titles are read from the word and no piece is taken for a name.
    ///
    /// A hyphen between two lower-case letters, followed by nothing or by a
    /// few spaces (a line break among them), is a break when the word it
    /// leaves is one the lexicons know and the piece before it is not the
    /// first word of any of their entries: real compounds ("vice-président",
    /// "non-interference", "porte-parole") have a first part the lexicons
    /// list, or read as no known word when joined, and names ("Jean-Yves")
    /// are capitalised after the hyphen. A joined token spans the three it
    /// replaces, so its offsets still point into the article; its spelling
    /// is its own (number -1), as for a word with invisible marks inside.
    static func joiningBrokenWords(
        _ found: (tokens: [Token], spellings: [Int], numbers: [Int]),
        _ scalars: [Unicode.Scalar], language: Language, index: FirstWordIndex, cache: WordAnalysisCache
    ) -> (tokens: [Token], spellings: [Int], numbers: [Int]) {
        let tokens = found.tokens
        var joins: [Int: Token] = [:]
        var i = 0
        while i + 2 < tokens.count {
            if let whole = brokenWord(at: i, tokens, scalars, language, index, cache) {
                joins[i] = whole
                i += 3
            } else {
                i += 1
            }
        }
        guard !joins.isEmpty else { return found }
        var result: (tokens: [Token], spellings: [Int], numbers: [Int]) = ([], [], [])
        var newIndex = [Int](repeating: 0, count: tokens.count)
        i = 0
        while i < tokens.count {
            if let whole = joins[i] {
                result.tokens.append(whole)
                result.spellings.append(result.tokens.count - 1)
                result.numbers.append(-1)
                i += 3
                continue
            }
            newIndex[i] = result.tokens.count
            result.tokens.append(tokens[i])
            // The first token of a spelling comes first, so it is renumbered already.
            result.spellings.append(found.spellings[i] == i ? result.tokens.count - 1 : newIndex[found.spellings[i]])
            result.numbers.append(found.numbers[i])
            i += 1
        }
        return result
    }

    /// The whole word when tokens `i`, `i + 1`, `i + 2` are a word, a
    /// hyphen and the rest of the word broken at a line's end.
    private static func brokenWord(
        at i: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar],
        _ language: Language, _ index: FirstWordIndex, _ cache: WordAnalysisCache
    ) -> Token? {
        // The mark first, by its fields: nearly every token fails there, and
        // copying the three tokens out cost a retain and a release per surface.
        guard tokens[i + 1].attached, tokens[i + 1].end - tokens[i + 1].start == 1,
              isLineBreakHyphen(scalars[tokens[i + 1].start].value),
              tokens[i].kind == .word, tokens[i + 2].kind == .word
        else { return nil }
        let head = tokens[i], mark = tokens[i + 1], rest = tokens[i + 2]
        guard scalars[head.end - 1].properties.isLowercase, scalars[rest.start].properties.isLowercase,
              rest.start - mark.end <= 3, scalars[mark.end..<rest.start].allSatisfy(Script.isSpace)
        else { return nil }
        guard cache.word(head.surface, language, index).lanes == 0 else { return nil }
        let surface = head.surface + rest.surface
        guard cache.word(surface, language, index).lanes != 0 else { return nil }
        return Token(kind: .word, start: head.start, end: rest.end, surface: surface, attached: head.attached)
    }

    /// The hyphen-minus and the Unicode hyphen, which typesetting puts at a
    /// broken line's end. (By value: a static set cost a lazy global's check
    /// and a hash per token.)
    private static func isLineBreakHyphen(_ value: UInt32) -> Bool { value == 0x2D || value == 0x2010 }
}
