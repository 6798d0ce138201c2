import TextAnalysis

extension Document {
    /// A paragraph's sentences, with a list numbered inside it read as a list:
    /// "The two sides agreed to: 1. open…; 2. hold…; 3. set up…" is cut by the
    /// segmenter after each number's full stop, so the introduction ends in ": 1."
    /// and every item but the last in "; 2.". The introduction gives no sentence
    /// of its own (as a line ending in a colon gives none); each item, without its
    /// next number, is a bullet sentence led in by it.
    func sentencesReadingInlineLists(_ pieces: [Range<Int>], line: Int) -> [Sentence] {
        var result: [Sentence] = []
        result.reserveCapacity(pieces.count)
        var leadIn: Range<Int>? = nil
        var items = 0
        for piece in pieces {
            let number = trailingNumber(piece)
            if let introduction = leadIn {
                let next = number.flatMap { Self.itemSeparators.contains(tokens[$0 - 1].surface) ? $0 : nil }
                result.append(Sentence(tokens: piece.lowerBound..<(next ?? piece.upperBound), line: line, isBullet: true, leadIn: introduction))
                items += 1
                if next == nil { leadIn = nil }
            } else if let number, Self.firstNumbers.contains(tokens[number].surface),
                      Self.listIntroductions.contains(tokens[number - 1].surface) {
                leadIn = piece.lowerBound..<number
                items = 0
            } else {
                result.append(Sentence(tokens: piece, line: line, isBullet: false))
            }
        }
        // An introduction with no item after it is a sentence after all.
        if let leadIn, items == 0 { result.append(Sentence(tokens: leadIn, line: line, isBullet: false)) }
        return result
    }

    /// Where a sentence's closing "N." starts, when it ends in one after a mark.
    private func trailingNumber(_ piece: Range<Int>) -> Int? {
        guard piece.count >= 4, tokens[piece.upperBound - 1].surface == "." else { return nil }
        let number = piece.upperBound - 2
        guard tokens[number].kind == .number, tokens[number].surface.count <= 2,
              tokens[number - 1].kind == .punctuation else { return nil }
        return number
    }

    /// The colon that ends a list's introduction ("agreed to:", "ما يلي:").
    static let listIntroductions: MarkSet = [":", "："]
    private static let itemSeparators: MarkSet = [";", "؛", ",", "،"]
    private static let firstNumbers: Set<String> = ["1", "١"]
}
