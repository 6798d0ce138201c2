import TextAnalysis

extension Document {
    /// The sentences of a bullet line. A numbered paragraph of a statement
    /// ("2. The two sides welcomed… They also agreed…") that no introduction
    /// leads in and that holds several sentences is a paragraph, not a list
    /// item: each sentence is its own, read as prose, so that one commitment
    /// is not made of four and a sentence-initial pronoun stays its subject.
    /// A single-sentence item, or any item of an introduced list, stays one bullet.
    func bulletSentences(_ line: Segmenter.Line, index: Int, leadIn: Range<Int>?) -> [Sentence] {
        let content = TextSegment(start: line.bulletContentStart ?? line.segment.start, end: line.segment.end)
        if leadIn == nil, isNumberLabel(line) {
            let pieces = Segmenter.sentences(scalars, in: content).map(tokenRange).filter { !$0.isEmpty }
            if pieces.count > 1 { return pieces.map { Sentence(tokens: $0, line: index, isBullet: false) } }
        }
        return [Sentence(tokens: tokenRange(content), line: index, isBullet: true, leadIn: leadIn)]
    }

    /// Whether a bullet's mark is a number ("2.", "(3)", "4-") rather than a dash or a dot.
    private func isNumberLabel(_ line: Segmenter.Line) -> Bool {
        var i = line.segment.start
        if i < line.segment.end, scalars[i] == "(" { i += 1 }
        return i < line.segment.end && scalars[i].properties.generalCategory == .decimalNumber
    }
}

extension Document {
    /// Whether a sentence may open the article's lead: one of a prose
    /// paragraph, not a list's item nor a sentence of a numbered paragraph,
    /// which come after the lead that presents the statement.
    func isLeadCandidate(_ sentence: Sentence) -> Bool {
        !sentence.isBullet && lines[sentence.line].kind != .bullet
    }
}
