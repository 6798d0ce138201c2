/// A page's own date stamp, which dates the page and not the statement: a
/// line holding little but a date ("28 April 2010", "Communiqué de presse,
/// 23.06.2023"), the " date 2026-01-05 " prefix of a rebuilt page, a date
/// followed by its clock time ("04 مارس 2025, 8:32").
enum Stamp {
    /// At most this many words beside the date's own make a line a stamp.
    static let maximumOtherWords = 3
    /// A stamp line is short: its date, a few words, marks.
    static let maximumTokens = 24
    /// The word that labels a stamp's date: "Date: 05-01-2026".
    static let dateWords = DateFinder.wordLists.written("stamp-date")

    static func isStamp(_ found: DateFinder.Found, _ document: Document) -> Bool {
        guard let line = document.lines.first(where: { $0.tokens.contains(found.token) }) else { return false }
        // " date 2026-01-05 TEHRAN –": the prefix word, then the date.
        if found.tokens.lowerBound == line.tokens.lowerBound + 1, dateWords.contains(line.tokens.lowerBound, in: document) { return true }
        if isClockTime(after: found.tokens.upperBound, line.tokens, document) { return true }
        // "Cairo, March 3 (MENA)" on a line of its own is a dateline, which dates the statement;
        // so is "(Bruxelles, le 13 décembre 2010)" under a document's title.
        let first = line.tokens.lowerBound + (document.tokens[line.tokens.lowerBound].surface == "(" ? 1 : 0)
        if first < line.tokens.upperBound, !CityLexicon.shared.matcher.matches(at: first, in: document).isEmpty { return false }
        // A sentence, however short ("On 5 May they met."), is no stamp.
        if let last = line.tokens.last, KindFinder.isSentenceEnd(last, document) { return false }
        // Most lines are paragraphs: too many words to be a stamp, whatever they are.
        if line.tokens.count > maximumTokens { return false }
        let others = line.tokens.filter { i in
            document.tokens[i].kind == .word && !found.tokens.contains(i)
                && !DateLexicon.shared.matcher.mayStartAndMatches(at: i, in: document)
        }
        return others.count <= maximumOtherWords
    }

    /// Between a stamp's date and its time: ", 8:32", "à 08:30", "at 10:15", "| 14:00" (as written).
    static let clockLinks = DateFinder.wordLists.written("clock-link")
    /// What may follow a stamp's time: "05:01 م", "10:15 PM", "08:30 GMT".
    static let clockMarks = DateFinder.wordLists.written("clock-mark")

    /// "8:32", "08h30" within two tokens after a date.
    static func isClockTime(after end: Int, _ line: Range<Int>, _ document: Document) -> Bool {
        var i = end
        if i < line.upperBound, clockLinks.contains(document.tokens[i].surface) { i += 1 }
        guard i + 2 < line.upperBound, document.tokens[i].kind == .number else { return false }
        return document.tokens[i + 1].surface == ":" && document.tokens[i + 2].kind == .number && document.tokens[i + 2].attached
    }
}
