import Model
import TextAnalysis

/// Turns the tokens that decided the statement's fields into spans of the
/// article's text (Unicode-scalar offsets, as commitment offsets count).
enum Evidence {
    static func of(
        _ document: Document, kind: Range<Int>?, date: Range<Int>?, venue: Range<Int>?,
        issuers: [PartyCode], mentions: [PartyMention], host: Range<Int>? = nil
    ) -> StatementEvidence {
        var evidence = StatementEvidence(
            kind: kind.flatMap { span($0, document) }, date: date.flatMap { span($0, document) },
            venue: venue.flatMap { span($0, document) })
        for code in issuers {
            // Where the text first names it as a party; failing that, as a place (its capital).
            let mention = mentions.first { $0.code == code && !$0.isPlace } ?? mentions.first { $0.code == code }
            if let mention, let s = span(mention.first..<mention.end, document) { evidence.issuers[code.rawValue] = s }
            // A host state the text names only through the city of the meeting (`HostState`).
            else if let host, let s = span(host, document) { evidence.issuers[code.rawValue] = s }
        }
        return evidence
    }

    static func span(_ tokens: Range<Int>, _ document: Document) -> TextSpan? {
        guard !tokens.isEmpty, tokens.upperBound <= document.tokens.count else { return nil }
        let start = document.tokens[tokens.lowerBound].start
        let end = document.tokens[tokens.upperBound - 1].end
        return TextSpan(start: start, end: end, text: String(scalars: document.scalars[start..<end]))
    }
}
