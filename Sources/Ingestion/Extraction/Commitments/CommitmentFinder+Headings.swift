import Model

extension CommitmentFinder {
    /// The document's sentences, and in their places its headings of some length:
    /// a headline's or cross-head's claim is a commitment (GUIDELINES), and so is
    /// a last paragraph cut off before its full stop, which reads as a heading.
    /// A heading must still hold a finite cue to give a clause; one that ends in a
    /// colon introduces a list, whose items are the commitments.
    func candidateSentences() -> [Document.Sentence] {
        var result: [Document.Sentence] = []
        result.reserveCapacity(document.sentences.count + 4)
        var next = 0
        for (index, line) in document.lines.enumerated() where line.kind == .heading {
            let words = line.tokens.reduce(0) { $0 + (document.tokens[$1].kind == .word ? 1 : 0) }
            guard words >= Self.headingClaimWords, let last = line.tokens.last,
                  !Document.listIntroductions.contains(document.tokens[last].surface) else { continue }
            while next < document.sentences.count, document.sentences[next].tokens.lowerBound < line.tokens.lowerBound {
                result.append(document.sentences[next])
                next += 1
            }
            result.append(Document.Sentence(tokens: line.tokens, line: index, isBullet: false))
        }
        result += document.sentences[next...]
        return result
    }

    /// Fewer words make a label ("Joint Statement", "Economy"), not a claim.
    static let headingClaimWords = 5

    /// The clauses without those of headings that the body restates (GUIDELINES:
    /// "a headline repeating the body" is one commitment): a clause of the same type
    /// holds at least half the heading clause's words, or, for the headline above the
    /// first paragraph, which sums the article up, the body's clauses together hold
    /// two thirds of them. Words are compared by stem: "تتفقان" restates "اتفقت".
    /// The restated clauses come back apart: they commit nothing, but still say
    /// who speaks and what their stance is about.
    func withoutRestatedHeadings(_ clauses: [Clause], _ fromHeadings: [Int]) -> (clauses: [Clause], restatedHeadings: [Clause]) {
        guard !fromHeadings.isEmpty else { return (clauses, []) }
        let headings = Set(fromHeadings)
        let firstProse = document.sentences.first?.tokens.lowerBound ?? Int.max
        var restated: Set<Int> = []
        for index in fromHeadings {
            // Each stem of the heading clause → its word; the body is read token by token
            // against it (sets of every body clause's stems cost a fifth of extraction).
            // (A `WordTable`: a `Dictionary` hashed every body token's keys through `Hasher`.)
            var wordOf = WordTable<Int>()
            var words = 0
            for i in clauses[index].first..<clauses[index].end {
                guard let a = document.analyses[i], a.folded.count >= 3 else { continue }
                for key in a.stemKeys { wordOf.update(key, default: words) { _ in } }
                wordOf.update(a.foldedKey, default: words) { _ in }
                words += 1
            }
            guard words > 0 else { continue }
            var inBody = [Bool](repeating: false, count: words)
            var byOne = false
            for other in clauses.indices where !headings.contains(other) {
                var inClause = [Bool](repeating: false, count: words)
                for i in clauses[other].first..<clauses[other].end {
                    guard let a = document.analyses[i] else { continue }
                    if let w = wordOf[a.foldedKey] { inClause[w] = true }
                    for key in a.stemKeys { if let w = wordOf[key] { inClause[w] = true } }
                }
                let covered = inClause.filter { $0 }.count
                if clauses[other].type == clauses[index].type, covered >= max(2, (words + 1) / 2) { byOne = true; break }
                for w in 0..<words where inClause[w] { inBody[w] = true }
            }
            let headline = clauses[index].first < firstProse
            if byOne || headline && inBody.filter({ $0 }).count * 3 >= words * 2 { restated.insert(index) }
        }
        guard !restated.isEmpty else { return (clauses, []) }
        return (clauses.indices.filter { !restated.contains($0) }.map { clauses[$0] }, restated.sorted().map { clauses[$0] })
    }
}
