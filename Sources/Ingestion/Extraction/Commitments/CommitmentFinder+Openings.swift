import Model
import TextAnalysis

extension CommitmentFinder {
    /// `preamble.txt`: openings that recall or note rather than commit, as folded words.
    static let preambles: [[String]] = LexiconFile.lines("preamble.txt").map {
        $0.split(separator: " ").map { WordAnalysis.fold(String($0)) }
    }

    /// Their first words, asked of every sentence before the openings themselves.
    static let preambleStarts = FoldedWordSet(preambles.compactMap(\.first))

    /// Whether the sentence's first words (after any paragraph number) are a preamble's opening.
    func opensWithPreamble(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { document.tokens[$0].kind == .word }),
              Self.preambleStarts.contains(first, in: document) else { return false }
        let words = range[first...].filter { document.tokens[$0].kind == .word }.prefix(3).map { document.folded($0) }
        return Self.preambles.contains { opening in opening.count <= words.count && zip(opening, words).allSatisfy { $0.0 == $0.1 } }
    }

    /// "In declaring a partnership," at the very end of an excerpt: an opening phrase
    /// (a preposition first, its comma last) whose main clause the cut took away
    /// commits to nothing.
    func isCutOpening(_ range: Range<Int>) -> Bool {
        guard let last = range.last, last == document.tokens.count - 1, Self.commas.contains(document.tokens[last].surface),
              let first = range.first(where: { document.tokens[$0].kind == .word }),
              Self.openingPrepositions.contains(first, in: document) else { return false }
        return !range.dropLast().contains { Self.commas.contains(document.tokens[$0].surface) }
    }

    /// "Noting this progress, the two ministers agreed…": a preamble's opening
    /// that is only a phrase of a sentence whose main verb, a few words after
    /// the phrase's comma and after its named subject, commits. A preamble's own
    /// paragraph has none ("Recalling that our summit, held in X, adopted…").
    func hasMainClause(after range: Range<Int>, _ hits: [Hit]) -> Bool {
        guard let comma = range.first(where: { Self.commas.contains(document.tokens[$0].surface) }) else { return false }
        return hits.contains {
            $0.isHead && $0.first > comma && document.wordCount(in: comma..<$0.first) <= 5
                && namedSubjectLeft(of: $0.first, limit: comma + 1) != nil
        }
    }

    /// The sentence without an opening dateline: "KUALA LUMPUR, Feb 10 (Reuters) -",
    /// "بغداد - الأناضول -", "ALGER, 5 nov 2026 (APS) -". A dateline is no part of a commitment.
    func withoutDateline(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first else { return range }
        let surface = document.tokens[first].surface
        let capitals = Self.isCapitalised(surface)
        guard capitals || CityLexicon.shared.matcher.matches(at: first, in: document).first != nil else { return range }
        var i = first + 1
        while i < range.upperBound, i < first + 14 {
            let surface = document.tokens[i].surface
            if Self.dashes.contains(surface) {
                var j = i + 1
                while j < range.upperBound, Self.dashes.contains(document.tokens[j].surface) { j += 1 }
                // "بغداد - الأناضول -": an agency name between two dashes.
                if j + 1 < range.upperBound, Self.dashes.contains(document.tokens[j + 1].surface) { j += 2 }
                return j < range.upperBound ? j..<range.upperBound : range
            }
            if cues.matcher.matches(at: i, in: document).first != nil { return range }
            i += 1
        }
        return range
    }

    /// Whether a dateline's first word is in capitals ("KUALA", "ALGER"): Latin
    /// upper-case letters only, more than two. ASCII is decided on bytes
    /// (there only A–Z are Latin capitals, and each byte is a Character but CR).
    static func isCapitalised(_ surface: String) -> Bool {
        var ascii = true
        for scalar in surface.unicodeScalars {
            if scalar.isASCII {
                guard scalar.value >= 0x41, scalar.value <= 0x5A else { return false }
            } else {
                guard Script.of(scalar) == .latin, scalar.properties.isUppercase else { return false }
                ascii = false
            }
        }
        return ascii ? surface.utf8.count > 2 : surface.count > 2
    }
}
