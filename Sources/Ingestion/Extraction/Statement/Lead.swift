/// The top of an article: its headline lines and its first two sentences of
/// some length, where it says what it reports.
enum Lead {
    /// Sentences shorter than this are datelines or bylines, not the lead.
    static let minimumWords = 6
    /// What the article calls its document or how it reports it shows in the
    /// first three sentences; where and when it happened, in the first two.
    static let kindSentences = 3
    static let placeSentences = 2

    /// The first token after the lead of `sentences` sentences.
    static func end(in document: Document, sentences: Int = placeSentences) -> Int {
        var counted = 0
        for sentence in document.sentences where isLong(sentence, document) {
            counted += 1
            if counted == sentences { return sentence.tokens.upperBound }
        }
        return document.tokens.count
    }

    /// Whether `sentence` has `minimumWords` words: a lead's sentence, not a dateline, a byline or a stamp.
    static func isLong(_ sentence: Document.Sentence, _ document: Document) -> Bool {
        var words = 0
        for i in sentence.tokens where document.tokens[i].kind == .word {
            words += 1
            if words == minimumWords { return true }
        }
        return false
    }
}
