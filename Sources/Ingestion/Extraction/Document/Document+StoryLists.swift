import TextAnalysis

extension Document {
    /// Whether the tokens are a date stamp and nothing else ("- Le 3 Mars 2026", "March 3, 2026"):
    /// a number and a month, marks, and at most one other word before them.
    func isDateStamp(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= Self.stampLength else { return false }
        var month = false, number = false, others = 0
        for k in range {
            switch tokens[k].kind {
            case .number: number = true
            case .punctuation: continue
            default:
                if DateLexicon.shared.monthWords.contains(k, in: self) { month = true; continue }
                // "13 يوليو 2008 05:01 م": a time's mark after the date.
                if number, Stamp.clockMarks.contains(k, in: self) { continue }
                // "Le", "On", "Published" before the date, not after it.
                if month || number { return false }
                others += 1
                if others > 1 { return false }
            }
        }
        return month && number
    }

    static let stampLength = 10

    /// The lines of a list of other stories: two headlines or more in a row,
    /// each followed by its date stamp. One headline with its date is the article's own.
    func storyListLines(_ lines: [Segmenter.Line]) -> Set<Int> {
        var result: Set<Int> = []
        var run: [Int] = []
        var i = 0
        func close() {
            if run.count >= 4 { result.formUnion(run) }
            run = []
        }
        while i + 1 < lines.count {
            let headline = tokenRange(lines[i].segment), stamp = tokenRange(lines[i + 1].segment)
            if !isDateStamp(headline), isDateStamp(stamp) {
                run += [i, i + 1]
                i += 2
            } else {
                close()
                i += 1
            }
        }
        close()
        return result
    }
}
