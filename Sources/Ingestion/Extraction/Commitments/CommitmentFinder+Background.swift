import Model
import TextAnalysis

extension CommitmentFinder {
    /// "when", "lorsque", "عندما" (`clause-words.txt`).
    static let temporalConjunctions = clauseWords("temporalConjunctions")

    /// Whether the head stands in a clause opened by "when" ("…, most recently when
    /// it signed a port deal", "lorsqu'il a signé…", "عندما وقع…"): such a clause dates
    /// one event by another, so it reports history, not this statement's stance.
    /// Only right before the head (the subject and an auxiliary between): "When they
    /// met, the leaders agreed…" has its own main verb.
    func isInTemporalClause(_ head: Hit, clause: Range<Int>) -> Bool {
        (max(clause.lowerBound, head.first - 4)..<head.first).contains { i in
            Self.temporalConjunctions.contains(i, in: document)
                || document.language == .arabic && hasConjunction(i) && isConjoined(i, to: Self.temporalConjunctions)
        }
    }
}
