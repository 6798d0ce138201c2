import Model

extension CommitmentFinder {
    /// How many words after "will" its verb may stand ("will also discuss", "will further exchange").
    static let agendaReach = 2

    /// "be" of "will be held": see `clause-words.txt`.
    static let futurePassive = clauseWords("futurePassive")

    /// Whether a future auxiliary's verb is one of discussing ("we will exchange our
    /// ideas on…", "the ministers will discuss…"): an agenda, not an undertaking
    /// (GUIDELINES: "they discussed", agendas, are not commitments).
    func isAgendaFuture(_ hit: Hit, in range: Range<Int>) -> Bool {
        guard hit.cue.type == .pledge, hit.cue.role == .weak, document.language == .english else { return false }
        var words = 0
        var k = hit.end
        while k < range.upperBound, words < Self.agendaReach {
            if document.tokens[k].kind == .word {
                // "The next round will be held in…": a meeting fixed is a pledge.
                if Self.futurePassive.contains(k, in: document) { return false }
                if Self.discussionWords.contains(k, in: document) { return true }
                words += 1
            }
            k += 1
        }
        return false
    }
}
