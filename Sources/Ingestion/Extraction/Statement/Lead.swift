/// The top of an article: its headline lines and its first two sentences of
/// some length, where it says what it reports.
enum Lead {
    /// Sentences shorter than this are datelines or bylines, not the lead.
    static let minimumWords = 6
    static let sentences = 2

    /// The first token after the lead.
    static func end(in document: Document) -> Int {
        var counted = 0
        for sentence in document.sentences where document.lines[sentence.line].kind == .prose {
            let words = sentence.tokens.filter { document.tokens[$0].kind == .word }.count
            guard words >= minimumWords else { continue }
            counted += 1
            if counted == sentences { return sentence.tokens.upperBound }
        }
        return document.tokens.count
    }
}
