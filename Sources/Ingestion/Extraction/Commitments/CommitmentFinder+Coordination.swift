extension CommitmentFinder {
    /// Masdars that open a predicate of their own after "، و" ("والعمل على").
    static let newPredicates = clauseWords("newPredicates")
    /// Words that make support mutual ("ودعم بعضهما البعض"): a pledge, no backing of another party.
    static let mutualWords = clauseWords("mutualWords")

    /// Whether an Arabic cue carrying و right after a comma opens a part of its own inside a
    /// pledge: a masdar of a new predicate ("…، والعمل على…") or a stance noun of another type
    /// ("…، ودعم جهود…"), not a further object of the same predicate ("…، وتوسيع الشراكة") nor
    /// mutual support. Without the comma ("تطوير وتعميق") the words share one predicate.
    func opensCoordinatedPart(_ hit: Hit, in range: Range<Int>) -> Bool {
        guard document.language == .arabic, hit.reading.prefix.hasPrefix("و"), hit.first > range.lowerBound,
              Self.commas.contains(document.tokens[hit.first - 1].surface) else { return false }
        if hit.cue.type == nil { return Self.newPredicates.contains(hit.reading.stem) }
        return hit.end >= range.upperBound || !Self.mutualWords.contains(hit.end, in: document)
    }
}
