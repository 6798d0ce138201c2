import Model
import TextAnalysis

extension DateFinder {
    /// The statement's day when the best date falls in a span of days
    /// ("from 6 to 10 March"). A visit is dated by its first day; a
    /// statement that names its own day inside the span keeps it; a
    /// statement issued at the span's close ("at the conclusion of"), or
    /// reported on the span's last day by an article naming the statement
    /// beside the span, is the last day's (a statement of the first day
    /// would have been reported days before). Otherwise the first day.
    static func day(
        in span: Found, best: Found, _ document: Document, published: StatementDate?, named: [Int]
    ) -> (StatementDate, Range<Int>) {
        let first = (span.date, span.tokens)
        guard let last = span.through, let sentence = sentenceHolding(span.token, document) else { return first }
        if names(.visit, in: sentence, document) { return first }
        let statementSentence = { (token: Int) in
            sentenceHolding(token, document).map { s in named.contains { s.tokens.contains($0) } } ?? false
        }
        if best.through == nil, best.explicit, statementSentence(best.token) { return (best.date, best.tokens) }
        if names(.closing, in: sentence, document) || (statementSentence(span.token) && last == published) {
            return (last, span.tokens)
        }
        return first
    }

    private static func sentenceHolding(_ token: Int, _ document: Document) -> Document.Sentence? {
        document.sentences.first { $0.tokens.contains(token) }
    }

    /// Whether the sentence holds a date word of that kind (a visit, a close).
    private static func names(_ word: DateLexicon.Word, in sentence: Document.Sentence, _ document: Document) -> Bool {
        let matcher = DateLexicon.shared.matcher
        return sentence.tokens.contains { i in
            matcher.mayStart(at: i, in: document) && matcher.lookUp(at: i, in: document).contains { matcher.entries[$0.entry].value == word }
        }
    }
}
