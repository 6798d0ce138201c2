extension CommitmentFinder {
    /// "أشاد الوزير بـ… وقال: «…»": after a stance, a verb of saying that opens a quotation
    /// heads a clause of its own (GUIDELINES: Unit, a second quotation is a part with its own
    /// verb), a position unless the quotation's words give another type; a quotation with a
    /// stance verb of its own is split there already. Arabic only: English
    /// and French put "he said" after the quotation, where it attributes it.
    func withQuotedContinuations(_ hits: [Hit], in range: Range<Int>) -> [Hit] {
        guard document.language == .arabic, let head = hits.first(where: \.isHead), head.end + 1 < range.upperBound else { return hits }
        var result = hits
        // (The mark first: asking a word's bases hashes Arabic strings, and most words open no quotation.)
        for i in head.end..<(range.upperBound - 1) {
            guard Self.opensSpeech(document.tokens[i + 1].surface), hasConjunction(i), isConjoined(i, to: Self.reportingVerbs),
                  !hits.contains(where: { $0.isHead && $0.first > i }) else { continue }
            let said = Hit(first: i, end: i + 1, cue: CueLexicon.Cue(type: .position, role: .verb),
                           reading: WordAnalysis.Reading(prefix: "و", stem: document.folded(i), suffix: ""),
                           stem: document.folded(i), isHead: true)
            result.insert(said, at: result.firstIndex { $0.first > i } ?? result.endIndex)
        }
        return result
    }
}
