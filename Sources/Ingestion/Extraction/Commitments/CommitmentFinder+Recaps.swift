import TextAnalysis

extension CommitmentFinder {
    /// `recap-openers.txt`: each phrase's words, folded.
    static let recapOpeners: [[WordKey]] = LexiconFile.lines("recap-openers.txt").map { line in
        line.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).map { WordKey(WordAnalysis.fold(String($0))) }
    }

    /// Whether the sentence opens with an outlet's recap ("Pour rappel, plus de
    /// cinquante personnes…", "It will be recalled that…"): what follows is the
    /// background the outlet recalls, whoever it quotes, not the statement's stance.
    func opensWithRecap(_ range: Range<Int>) -> Bool { Self.opensWithRecap(range, in: document) }

    static func opensWithRecap(_ range: Range<Int>, in document: Document) -> Bool {
        let words = range.lazy.filter { document.tokens[$0].kind == .word }.prefix(4).map { document.foldedKey($0) }
        let opening = Array(words)
        return recapOpeners.contains { phrase in
            !phrase.isEmpty && phrase.count <= opening.count && zip(phrase, opening).allSatisfy { $0 == $1 }
        }
    }
}
