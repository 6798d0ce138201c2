import TextAnalysis

extension CommitmentFinder {
    /// `recap-openers.txt`: each phrase's words, folded.
    static let recapOpeners: [[String]] = LexiconFile.lines("recap-openers.txt").map { line in
        line.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).map { WordAnalysis.fold(String($0)) }
    }
    static let recapPhrases: [[WordKey]] = recapOpeners.map { $0.map(WordKey.init) }
    /// The phrases' first words: asked of every sentence, one look-up answers
    /// almost all of them (reading each sentence's opening words cost 5% of an extraction).
    static let recapFirstWords = FoldedWordSet(recapOpeners.compactMap(\.first))

    /// Whether the sentence opens with an outlet's recap ("Pour rappel, plus de
    /// cinquante personnes…", "It will be recalled that…"): what follows is the
    /// background the outlet recalls, whoever it quotes, not the statement's stance.
    func opensWithRecap(_ range: Range<Int>) -> Bool { Self.opensWithRecap(range, in: document) }

    static func opensWithRecap(_ range: Range<Int>, in document: Document) -> Bool {
        // The tokens alone are captured: a lazy filter capturing the document copied it (a retain per array).
        let tokens = document.tokens
        let words = range.lazy.filter { tokens[$0].kind == .word }
        guard let first = words.first, recapFirstWords.contains(first, in: document) else { return false }
        let opening = Array(words.prefix(4).map { document.foldedKey($0) })
        return recapPhrases.contains { phrase in
            !phrase.isEmpty && phrase.count <= opening.count && zip(phrase, opening).allSatisfy { $0 == $1 }
        }
    }
}
