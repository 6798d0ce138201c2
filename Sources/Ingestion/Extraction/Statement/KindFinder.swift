import Model

/// Tells what kind of text the article reports from its own words: "بيان
/// مشترك" is a joint statement, "البيان الختامي" a communiqué, and so on
/// down `kinds.txt`, whose order is the order of preference.
enum KindFinder {
    static let matcher: PhraseMatcher<StatementKind> = {
        var matcher = PhraseMatcher<StatementKind>(gap: 0, lane: .kinds)
        for line in LexiconFile.lines("kinds.txt") {
            let (kindField, phrase) = LexiconFile.head(line)
            if let kind = StatementKind(rawValue: kindField), !phrase.isEmpty { matcher.add(phrase, value: kind) }
        }
        return matcher
    }()

    /// The kind, and the token positions where the article names a statement
    /// (to find the sentence that reports it).
    static func find(in document: Document) -> (StatementKind, [Int]) {
        var best: Int? = nil
        var positions: [Int] = []
        for line in document.lines where line.kind != .boilerplate {
            for match in matcher.scan(line.tokens, in: document) {
                if line.kind == .prose || line.kind == .bullet { positions.append(match.first) }
                guard match.reading.suffix.isEmpty || document.language != .arabic
                        || ["ه", "هما", "ها", "هم", "ا"].contains(match.reading.suffix) else { continue }
                if isObjectOfStance(match.first, line.tokens, document) { continue }
                best = min(best ?? .max, match.entry)
            }
        }
        return (best.map { matcher.entries[$0].value } ?? .newsReport, positions)
    }

    /// "rejected a joint statement by Egypt and Sudan", "رحب بالبيان": another
    /// party's statement, the object of this one's stance, is not its kind.
    static func isObjectOfStance(_ index: Int, _ range: Range<Int>, _ document: Document) -> Bool {
        let cues = CueLexicon.of(document.language)
        var k = index - 1
        while k >= range.lowerBound, k >= index - 3 {
            let folded = document.folded(k)
            if ["in", "في", "dans", "en", "through", "via", "par", "by"].contains(folded) { return false }
            if let m = cues.matcher.matches(at: k, in: document).first, let type = cues.matcher.entries[m.entry].value.type,
               type != .pledge, type != .position {
                return true
            }
            k -= 1
        }
        // "رحب بالبيان": the stance verb is the word itself with ب.
        return false
    }
}
