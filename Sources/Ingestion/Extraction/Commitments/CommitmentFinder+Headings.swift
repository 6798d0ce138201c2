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
                  !Self.listIntroductions.contains(document.tokens[last].surface) else { continue }
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
    static let listIntroductions: MarkSet = [":", "："]

    /// The clauses without those of headings that the body restates (GUIDELINES:
    /// "a headline repeating the body" is one commitment): a clause of the same type
    /// holds at least half the heading clause's words, or, for the headline above the
    /// first paragraph, which sums the article up, the body's clauses together hold
    /// two thirds of them. Words are compared by stem: "تتفقان" restates "اتفقت".
    func withoutRestatedHeadings(_ clauses: [Clause], _ fromHeadings: [Int]) -> [Clause] {
        guard !fromHeadings.isEmpty else { return clauses }
        let headings = Set(fromHeadings)
        let body = clauses.indices.filter { !headings.contains($0) }.map { (type: clauses[$0].type, stems: stems(of: clauses[$0])) }
        let allBody = body.reduce(into: Set<WordKey>()) { $0.formUnion($1.stems) }
        let firstProse = document.sentences.first?.tokens.lowerBound ?? Int.max
        var restated: Set<Int> = []
        for index in fromHeadings {
            let words = contentWords(clauses[index])
            func covered(by stems: Set<WordKey>) -> Int { words.filter { $0.contains(where: stems.contains) }.count }
            let byOne = body.contains { $0.type == clauses[index].type && covered(by: $0.stems) >= max(2, (words.count + 1) / 2) }
            let headline = clauses[index].first < firstProse
            if byOne || headline && covered(by: allBody) * 3 >= words.count * 2 { restated.insert(index) }
        }
        return clauses.indices.filter { !restated.contains($0) }.map { clauses[$0] }
    }

    /// The stem keys of each of the clause's words of three letters or more.
    private func contentWords(_ clause: Clause) -> [[WordKey]] {
        (clause.first..<clause.end).compactMap { i in
            guard let a = document.analyses[i], a.folded.count >= 3 else { return nil }
            return a.stemKeys + [a.foldedKey]
        }
    }

    private func stems(of clause: Clause) -> Set<WordKey> {
        Set(contentWords(clause).joined())
    }
}
