import Model

/// Finds where the statement was made: a city after "في", "in", "à", "held
/// in", or an opening dateline ("BEIJING, Jan 5 –", "الرياض - "), reported
/// by its English name. The next round's city is not the venue.
enum VenueFinder {
    static let locatives = FoldedWordSet(["في", "in", "at", "a", "en", "بمدينه", "بالعاصمه", "العاصمه", "مدينه", "city", "الى", "to"].map(WordAnalysis.fold))
    static let fi: FoldedWordSet = ["في"]
    static let datelineMarks: MarkSet = ["-", "–", "—", ",", "(", "،", ":"]
    /// "كان … قد", "had met in", "avait": the auxiliaries of a past before the statement.
    static let pluperfectMarks: FoldedWordSet = ["قد", "had", "avait"]
    /// Words that place a city in the future ("the next round in Islamabad").
    static let futureWords: WordSet = [
        "المقبله", "القادمه", "المقبل", "القادم", "next", "upcoming", "following", "future", "prochaine", "prochain",
        "suivante", "قادمه", "مقبله", "will", "سيعقد", "ستعقد", "تعقد", "sera", "invited", "invitation", "دعوه",
        "tenir", "hold", "host", "accueillir", "prochainement", "tiendra", "tiendront", "accueillera", "ستستضيف", "تستضيف",
        "يستضيف", "سيستضيف",
    ]

    /// A city opening one of the first lines, before a dash, a comma, a
    /// parenthesis or a date: "BEIJING, Jan 5 –", "بغداد - الأناضول".
    static func isDateline(_ match: PhraseMatcher<Int>.Match, _ sentence: Document.Sentence, _ lineIndex: Int, _ document: Document) -> Bool {
        guard match.first == document.lines[lineIndex].tokens.lowerBound, lineIndex <= 4,
              match.end < sentence.tokens.upperBound else { return false }
        let next = document.tokens[match.end]
        // "أبوظبي في 20 مارس / وام /", "الدوحة في 4 مارس /قنا/": the Gulf agencies' dateline.
        if fi.contains(match.end, in: document), match.end + 1 < sentence.tokens.upperBound, document.tokens[match.end + 1].kind == .number { return true }
        return next.kind == .number || datelineMarks.contains(next.surface)
    }

    /// The city opening a dateline line of its own ("الرياض - واس").
    static func datelineCity(in document: Document) -> String? {
        let cities = CityLexicon.shared
        for (lineIndex, line) in document.lines.enumerated().prefix(5) where line.kind != .boilerplate {
            let sentence = Document.Sentence(tokens: line.tokens, line: lineIndex, isBullet: false)
            guard let match = cities.matcher.matches(at: line.tokens.lowerBound, in: document).first,
                  isDateline(match, sentence, lineIndex, document) else { continue }
            return cities.cities[cities.matcher.entries[match.entry].value].english
        }
        return nil
    }

    /// The country whose capital opens the dateline: a ministry's statement is its government's.
    static func datelineCapital(in document: Document) -> PartyCode? {
        let cities = CityLexicon.shared
        for (lineIndex, line) in document.lines.enumerated().prefix(5) where line.kind != .boilerplate {
            guard let sentence = document.sentences.first(where: { $0.line == lineIndex }) ?? Optional(Document.Sentence(tokens: line.tokens, line: lineIndex, isBullet: false)),
                  let match = cities.matcher.matches(at: line.tokens.lowerBound, in: document).first,
                  isDateline(match, sentence, lineIndex, document) else { continue }
            return cities.cities[cities.matcher.entries[match.entry].value].capitalOf
        }
        return nil
    }

    /// Words of a telephone call, which has no venue.
    /// Keys: every reading of the opening's words is looked up, through the keys its analysis holds.
    static let phoneWords = WordSet(["هاتفي", "هاتفيا", "هاتفيه", "phone", "telephone", "telephonique", "telephoniquement"].map(WordAnalysis.fold))

    static func find(in document: Document, statementTokens: [Int]) -> String? {
        let cities = CityLexicon.shared
        let opening = document.sentences.prefix(4).flatMap { Array($0.tokens) }
        if opening.contains(where: { i in document.analyses[i].map { a in a.stemKeys.contains(where: phoneWords.contains) } ?? false }) {
            return nil
        }
        let statementTokens = Set(statementTokens)
        var dateline: String? = nil
        var firstLocated: String? = nil
        for sentence in document.sentences {
            for match in cities.matcher.scan(sentence.tokens, in: document) {
                let name = cities.cities[cities.matcher.entries[match.entry].value].english
                let prefix = match.reading.prefix
                let located = (match.first > sentence.tokens.lowerBound ? locatives.contains(match.first - 1, in: document) : locatives.contains(""))
                    || (document.language == .arabic && (prefix.procliticsEnd(with: "ب") || fi.contains(WordKey(prefix))) && !prefix.procliticsEnd(with: "ال"))
                if isDateline(match, sentence, sentence.line, document), dateline == nil { dateline = name }
                guard located else { continue }
                let window = max(sentence.tokens.lowerBound, match.first - 8)..<min(sentence.tokens.upperBound, match.end + 6)
                if window.contains(where: { futureWords.contains(document.foldedKey($0)) }) { continue }
                // Background ("كان … قد", "had met in") is not this statement's venue.
                if (max(sentence.tokens.lowerBound, match.first - 10)..<match.first).contains(where: { pluperfectMarks.contains($0, in: document) }) { continue }
                // The sentence that names the statement places it best.
                if sentence.tokens.contains(where: { statementTokens.contains($0) }) { return name }
                if firstLocated == nil { firstLocated = name }
            }
        }
        return dateline ?? datelineCity(in: document) ?? firstLocated
    }
}
