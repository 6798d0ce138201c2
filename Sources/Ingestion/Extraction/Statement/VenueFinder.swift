import Model

/// Finds where the statement was made: a city after "في", "in", "à", "held
/// in", or an opening dateline ("BEIJING, Jan 5 –", "الرياض - "), reported
/// by its English name. The next round's city is not the venue.
enum VenueFinder {
    static let locatives: Set<String> = ["في", "in", "at", "a", "en", "بمدينه", "بالعاصمه", "العاصمه", "مدينه", "city"]
    /// Words that place a city in the future ("the next round in Islamabad").
    static let futureWords: Set<String> = [
        "المقبله", "القادمه", "المقبل", "القادم", "next", "upcoming", "following", "future", "prochaine", "prochain",
        "suivante", "قادمه", "مقبله", "will", "سيعقد", "ستعقد", "تعقد", "sera", "invited", "invitation", "دعوه",
    ]

    static func find(in document: Document) -> String? {
        let cities = CityLexicon.shared
        var dateline: String? = nil
        for (lineIndex, line) in document.lines.enumerated() where line.kind != .boilerplate {
            for sentence in document.sentences where sentence.line == lineIndex {
                for match in cities.matcher.scan(sentence.tokens, in: document) {
                    let name = cities.cities[cities.matcher.entries[match.entry].value].english
                    let before = match.first > sentence.tokens.lowerBound ? document.folded(match.first - 1) : ""
                    let prefix = match.reading.prefix
                    let located = locatives.contains(before) || locatives.contains(before.replacingOccurrences(of: "'", with: ""))
                        || (document.language == .arabic && prefix.hasSuffix("ب") && !prefix.hasSuffix("ال"))
                    let opening = match.first == sentence.tokens.lowerBound && lineIndex <= 2
                        && match.end < sentence.tokens.upperBound
                        && ["-", "–", "—", ",", "(", "،", ":"].contains(document.tokens[match.end].surface)
                    if opening, dateline == nil { dateline = name }
                    guard located else { continue }
                    let window = max(sentence.tokens.lowerBound, match.first - 8)..<match.first
                    if window.contains(where: { futureWords.contains(document.folded($0)) }) { continue }
                    return name
                }
            }
        }
        return dateline
    }
}
