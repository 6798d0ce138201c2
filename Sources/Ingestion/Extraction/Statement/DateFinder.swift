import Model
import TextAnalysis

/// Finds the statement's date: explicit dates in the three languages
/// (Arabic, Levantine and Maghreb month names, Arabic-Indic digits, Hijri
/// dates converted), then weekdays and "today"/"yesterday" resolved
/// against the publication date. Nothing found is unknown, never today.
enum DateFinder {
    struct Found {
        var date: StatementDate
        var token: Int
        /// Explicit dates beat weekdays and relative words.
        var explicit: Bool
    }

    /// `statementTokens`: where the article names the statement (see `KindFinder`).
    static func find(in document: Document, published: StatementDate?, statementTokens named: [Int]) -> StatementDate {
        let all = mentions(in: document, published: published)
        // The statement's own sentence names it ("in a joint statement on Monday"); prefer a date there.
        let statementSentences = document.sentences.filter { sentence in named.contains { sentence.tokens.contains($0) } }
        func inStatementSentence(_ f: Found) -> Bool { statementSentences.contains { $0.tokens.contains(f.token) } }
        let usable = all.filter { f in published.map { f.date <= $0 } ?? true }
        // "BAGHDAD, May 6 (Reuters) - … agreed on Tuesday": the dateline dates the dispatch;
        // a day named in the statement's own sentence dates the statement.
        let datelines = datelineTokens(in: document)
        if let best = usable.first(where: { !datelines.contains($0.token) && $0.date.precision == .day && inStatementSentence($0) }),
           usable.contains(where: { datelines.contains($0.token) && inStatementSentence($0) }) {
            return best.date
        }
        if let best = usable.first(where: { $0.explicit && $0.date.precision == .day && inStatementSentence($0) })
            ?? usable.first(where: { inStatementSentence($0) && $0.date.precision == .day })
            ?? usable.first(where: { $0.explicit && $0.date.precision == .day })
            ?? usable.first(where: { $0.date.precision == .day })
            // A bare month or year ("relations since March 2023") dates the statement only in its own sentence.
            ?? usable.first(where: { inStatementSentence($0) }) {
            return best.date
        }
        return .unknown
    }

    static let dashes: MarkSet = ["-", "–", "—"]
    /// Between the numbers of a date: "2026-01-05", "05/01/2026", "5.1.2026".
    static let numericSeparators: MarkSet = ["-", "/", "."]
    /// Between two names of one month: "كانون الثاني/يناير", "يناير (كانون الثاني)".
    static let monthSeparators: MarkSet = ["/", "(", "-"]
    static let englishOrdinalEndings: FoldedWordSet = ["th", "st", "nd", "rd"]
    /// Between a month and its year: "January 5, 2026", "مارس عام 2025".
    static let beforeYear: FoldedWordSet = [",", "،", "عام", "سنه", "لعام", "من"]
    /// A day's ordinal ending: "1er", "5th", "2e".
    static let dayEndings: FoldedWordSet = ["er", "th", "st", "nd", "rd", "e"]

    /// Tokens of an opening dateline: a city, then up to the first dash ("BAGHDAD, May 6 (Reuters) -",
    /// "عمّان 26 تشرين الثاني (بترا) -").
    static func datelineTokens(in document: Document) -> Range<Int> {
        guard let line = document.lines.first(where: { $0.kind == .prose }), let first = line.tokens.first,
              CityLexicon.shared.matcher.matches(at: first, in: document).first != nil else { return 0..<0 }
        var i = first + 1
        while i < line.tokens.upperBound, i < first + 14 {
            if dashes.contains(document.tokens[i].surface) { return first..<i }
            i += 1
        }
        return 0..<0
    }

    static func mentions(in document: Document, published: StatementDate?) -> [Found] {
        let lexicon = DateLexicon.shared
        var found: [Found] = []
        for line in document.lines where line.kind != .boilerplate {
            let range = line.tokens
            var i = range.lowerBound
            while i < range.upperBound {
                if let (date, end) = numeric(at: i, range, document) {
                    found.append(Found(date: date, token: i, explicit: true))
                    i = end
                    continue
                }
                guard lexicon.matcher.mayStart(at: i, in: document),
                      let match = lexicon.matcher.lookUp(at: i, in: document).first(where: { $0.end <= range.upperBound }) else {
                    i += 1
                    continue
                }
                let word = lexicon.matcher.entries[match.entry].value
                switch word {
                case let .month(month), let .hijriMonth(month):
                    let hijri: Bool
                    if case .hijriMonth = word { hijri = true } else { hijri = false }
                    var day = number(before: match.first, range, document)
                    var yearAt = match.end
                    // "كانون الثاني/يناير", "يناير (كانون الثاني)": the second name repeats the month.
                    if yearAt < range.upperBound, monthSeparators.contains(document.tokens[yearAt].surface),
                       yearAt + 1 < range.upperBound,
                       let again = lexicon.matcher.matches(at: yearAt + 1, in: document).first {
                        yearAt = again.end
                        if yearAt < range.upperBound, document.tokens[yearAt].surface == ")" { yearAt += 1 }
                    }
                    // English "January 5, 2026".
                    if day == nil, !hijri, yearAt < range.upperBound, document.tokens[yearAt].kind == .number,
                       let d = Int(ArabicNormalizer.normalize(document.tokens[yearAt].surface)), (1...31).contains(d),
                       document.tokens[yearAt].surface.count <= 2 {
                        day = d
                        yearAt += 1
                        if yearAt < range.upperBound, englishOrdinalEndings.contains(yearAt, in: document) { yearAt += 1 }
                    }
                    while yearAt < range.upperBound, beforeYear.contains(yearAt, in: document) { yearAt += 1 }
                    var year: Int? = nil
                    if yearAt < range.upperBound, document.tokens[yearAt].kind == .number,
                       let y = Int(ArabicNormalizer.normalize(document.tokens[yearAt].surface)),
                       hijri ? (1300...1600).contains(y) : (1900...2100).contains(y) {
                        year = y
                    }
                    if hijri {
                        if let year, let day, let date = HijriCalendar.gregorian(year: year, month: month, day: day) {
                            found.append(Found(date: date, token: match.first, explicit: true))
                        }
                    } else if let year {
                        if let day, day <= StatementDate.daysIn(month: month, year: year) {
                            found.append(Found(date: StatementDate(year: year, month: month, day: day), token: match.first, explicit: true))
                        } else if day == nil {
                            found.append(Found(date: StatementDate(year: year, month: month), token: match.first, explicit: true))
                        }
                    } else if let day, let published, let py = published.year {
                        // No year: the publication's, or the year before when that would be in the future.
                        var date = StatementDate(year: py, month: month, day: day)
                        if date > published { date = StatementDate(year: py - 1, month: month, day: day) }
                        if day <= StatementDate.daysIn(month: month, year: date.year!) {
                            found.append(Found(date: date, token: match.first, explicit: true))
                        }
                    }
                case let .weekday(weekday):
                    if let published, let date = DayArithmetic.latest(weekday, onOrBefore: published) {
                        found.append(Found(date: date, token: match.first, explicit: false))
                    }
                case let .relative(days):
                    if let published, let date = DayArithmetic.daysBefore(published, days) {
                        found.append(Found(date: date, token: match.first, explicit: false))
                    }
                }
                i = match.end
            }
        }
        return found
    }

    /// A day number just before a month name ("5 يناير", "le 1er janvier").
    private static func number(before index: Int, _ range: Range<Int>, _ document: Document) -> Int? {
        var k = index - 1
        if k >= range.lowerBound, dayEndings.contains(k, in: document), document.tokens[k].attached { k -= 1 }
        guard k >= range.lowerBound, document.tokens[k].kind == .number,
              let d = Int(ArabicNormalizer.normalize(document.tokens[k].surface)), (1...31).contains(d) else { return nil }
        return d
    }

    /// "2026-01-05" and "05/01/2026" (day first, as Arabic and French outlets write).
    private static func numeric(at i: Int, _ range: Range<Int>, _ document: Document) -> (StatementDate, Int)? {
        guard i + 4 < range.upperBound, document.tokens[i].kind == .number else { return nil }
        let t = document.tokens
        let sep = t[i + 1].surface
        guard numericSeparators.contains(sep), t[i + 2].kind == .number, t[i + 3].surface == sep, t[i + 4].kind == .number,
              t[i + 1].attached, t[i + 2].attached, t[i + 3].attached, t[i + 4].attached,
              let a = Int(ArabicNormalizer.normalize(t[i].surface)), let b = Int(ArabicNormalizer.normalize(t[i + 2].surface)),
              let c = Int(ArabicNormalizer.normalize(t[i + 4].surface)) else { return nil }
        let (y, m, d) = t[i].surface.count == 4 ? (a, b, c) : (c, b, a)
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= StatementDate.daysIn(month: m, year: y) else { return nil }
        return (StatementDate(year: y, month: m, day: d), i + 5)
    }
}
