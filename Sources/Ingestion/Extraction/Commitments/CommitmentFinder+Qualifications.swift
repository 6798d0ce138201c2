import Model
import TextAnalysis

extension CommitmentFinder {
    /// Whether the head is in the pluperfect: a past before the article's own
    /// ("وكانت الأطراف اليمنية قد أعلنت الأسبوع الماضي", "had agreed earlier",
    /// "avaient convenu"), which reports background, not this statement's commitment.
    /// A rule on the tense's auxiliaries, not a list of verbs.
    func isPluperfect(_ head: Hit, clause: Range<Int>, sentenceStart: Int) -> Bool {
        let clauseStart = clause.lowerBound
        if document.language == .arabic {
            // The subject may stand between the auxiliary and the verb ("وكان وزير الخارجية السعودي قد رحب").
            return (max(clauseStart, head.first - 10)..<head.first).contains { i in
                Self.arabicPastAuxiliaries.contains(i, in: document)
                    || (document.analyses[i]?.bases.contains { Self.arabicPastAuxiliaries.contains(WordKey($0.base)) && ["و", "ف"].contains($0.prefix) } ?? false)
            }
        }
        // An adverb may stand between: "had earlier agreed", "avaient déjà salué".
        let before = max(clauseStart, head.first - 2)..<head.first
        var pluperfect = before.contains(where: { Self.latinPastAuxiliaries.contains($0, in: document) })
        if !pluperfect, document.language == .french, head.first - 1 >= clauseStart,
           Self.frenchBeAuxiliaries.contains(head.first - 1, in: document) {
            let participle = document.folded(head.first)
            pluperfect = Self.frenchParticipleEndings.contains { participle.hasSuffix($0) }
        }
        guard pluperfect else { return false }
        // "The ministry said the two sides had agreed to…", "a indiqué que les deux pays avaient
        // convenu de…": reported speech shifts this meeting's outcome back a tense. Only a
        // time before it ("last week", "earlier", "la semaine dernière") still makes it background.
        let reported = (sentenceStart..<head.first).contains { Self.reportingVerbs.contains($0, in: document) }
        return !reported || clause.contains { Self.earlierTimes.contains($0, in: document) }
    }

    /// Verbs that introduce reported speech, whose past is shifted back into the pluperfect.
    static let reportingVerbs = clauseWords("reportingVerbs")

    /// Words that date a stance before the article's events: "earlier", "last week", "l'an dernier".
    static let earlierTimes = clauseWords("earlierTimes")

    func context(_ range: Range<Int>, head: Hit?) -> CommitmentContext? {
        if let head {
            if head.cue.role == .dissent { return .negated }
            let from = max(range.lowerBound, head.first - 3)
            // "ولم يتفق": the negator may carry a conjunction.
            if (from..<head.first).contains(where: { i in
                Self.negators.contains(i, in: document) || (document.analyses[i]?.bases.contains { Self.negators.contains(WordKey($0.base)) } ?? false)
            }) { return .negated }
            if head.end < range.upperBound, document.language == .french,
               (head.end..<min(range.upperBound, head.end + 2)).contains(where: { Self.pas.contains($0, in: document) }) { return .negated }
            // "will not accept", "would never": the negation follows the modal.
            if head.cue.role == .weak, document.language == .english,
               (head.end..<min(range.upperBound, head.end + 2)).contains(where: { Self.englishNegators.contains($0, in: document) }) { return .negated }
        }
        if range.contains(where: { Self.conditionals.contains(document.foldedKey($0)) }) { return .conditional }
        return nil
    }

    /// A year or a period the clause aims at: "2026", "2025–2029".
    func target(_ range: Range<Int>) -> String? {
        let t = document.tokens
        for i in range where t[i].kind == .number {
            guard let y = document.number(i), (1990...2100).contains(y), t[i].surface.count == 4 else { continue }
            if i + 2 < range.upperBound, Self.rangeMarks.contains(t[i + 1].surface), let y2 = document.number(i + 2), y2 > y, y2 <= 2100 {
                return document.cleanText(t[i].start, t[i + 2].end)
            }
            return document.cleanText(t[i].start, t[i].end)
        }
        return nil
    }
}
