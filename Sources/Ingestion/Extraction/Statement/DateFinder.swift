import Model
import TextAnalysis

/// Finds the statement's date: explicit dates in the three languages
/// (Arabic, Levantine and Maghreb month names, Arabic-Indic digits, Hijri
/// dates converted), then weekdays and "today"/"yesterday" resolved
/// against the publication date. Nothing found is unknown, never today.
enum DateFinder {
    /// `date-words.txt`, read once: its word classes by name.
    static let wordLists = WordLists("date-words.txt")

    struct Found {
        var date: StatementDate
        var token: Int
        /// The words that fixed it ("5 January 2026", "on Monday"), for evidence.
        var tokens: Range<Int>
        /// Explicit dates beat weekdays and relative words.
        var explicit: Bool
        /// The last day of a range ("22-23 May"): the statement is its first.
        var through: StatementDate? = nil
    }

    /// `statementTokens`: where the article names the statement (see `KindFinder`).
    /// Returns the date and the tokens that fixed it.
    static func find(in document: Document, published given: StatementDate?, statementTokens named: [Int]) -> (StatementDate, Range<Int>?) {
        // A page's own stamp (a line holding only a date, " date 2026-01-05 ", a date
        // with its clock time) dates the page, not the statement: at most it stands
        // for the publication date that resolves "today" and "on Monday".
        var published = given
        var relative = false
        let own = Set(named)
        var all = mentions(in: document, published: published, relative: &relative, named: own)
        if published == nil, relative, let month = pageMonth(in: document) {
            all = mentions(in: document, published: nil, relative: &relative, named: own, pageMonth: month)
        }
        if published == nil, relative, let stamp = all.first(where: { Stamp.isStamp($0, document) && $0.date.precision == .day }),
           isOnTodaysWeekday(stamp.date, document) {
            published = stamp.date
            all = mentions(in: document, published: published, relative: &relative, named: own)
        }
        all.removeAll { Stamp.isStamp($0, document) }
        all = withoutHistories(all, document)
        all = consistentWithLeadWeekday(all, document)
        guard let best = choose(all, document, published: published, named: named) else { return (.unknown, nil) }
        if best.date.precision == .day, let span = all.first(where: { f in f.through.map { f.date <= best.date && best.date <= $0 } ?? false }) {
            return day(in: span, best: best, document, published: published, named: named)
        }
        return (best.date, best.tokens)
    }

    static func choose(_ all: [Found], _ document: Document, published: StatementDate?, named: [Int]) -> Found? {
        // The statement's own sentence names it ("in a joint statement on Monday"); prefer a date there.
        let statementSentences = document.sentences.filter { sentence in named.contains { sentence.tokens.contains($0) } }
        func inStatementSentence(_ f: Found) -> Bool { statementSentences.contains { $0.tokens.contains(f.token) } }
        let leadEnd = Lead.end(in: document)
        let usable = all.filter { f in published.map { f.date <= $0 && !isLongBefore(f.date, $0) } ?? true }
        // "BAGHDAD, May 6 (Reuters) - … agreed on Tuesday": the dateline dates the dispatch;
        // a day named in the statement's own sentence dates the statement.
        let datelines = datelineTokens(in: document)
        if let best = usable.first(where: { !datelines.contains($0.token) && $0.date.precision == .day && inStatementSentence($0) }),
           usable.contains(where: { datelines.contains($0.token) && inStatementSentence($0) }) {
            return best
        }
        // "ANKARA, Dec 12 - … at a meeting held on December 11": the day the lead gives its meeting.
        if usable.contains(where: { datelines.contains($0.token) }),
           let meeting = usable.first(where: { f in !datelines.contains(f.token) && f.explicit && f.date.precision == .day
                                                     && f.token < leadEnd && datesMeeting(f.token, document) }) {
            return meeting
        }
        return usable.first(where: { $0.explicit && $0.date.precision == .day && inStatementSentence($0) })
            ?? usable.first(where: { inStatementSentence($0) && $0.date.precision == .day })
            // The lead dates what the article reports; dates further down are often background.
            ?? usable.first(where: { $0.token < leadEnd && $0.date.precision == .day })
            ?? usable.first(where: { $0.explicit && $0.date.precision == .day })
            ?? usable.first(where: { $0.date.precision == .day })
            // A bare month or year ("relations since March 2023") dates the statement only in its own sentence.
            ?? usable.first(where: { inStatementSentence($0) })
    }

    /// A news report tells of a statement made days before it, not weeks: in the
    /// 31 real dev articles whose gold has both dates, the statement's day is at
    /// most 6 days before publication. A date further back is an earlier agreement, meeting or
    /// proposal the report recalls ("the declaration adopted on 11 December"),
    /// and taking it would also join the report to that earlier statement.
    static let longestReportDelay = 14

    /// Whether every day `date` may name ends more than `longestReportDelay` days before `published`.
    static func isLongBefore(_ date: StatementDate, _ published: StatementDate) -> Bool {
        guard let py = published.year, let pm = published.month, let pd = published.day, let y = date.year else { return false }
        let m = date.month ?? 12
        let lastDay = date.day ?? StatementDate.daysIn(month: m, year: y)
        return DayArithmetic.dayNumber(py, pm, pd) - DayArithmetic.dayNumber(y, m, lastDay) > longestReportDelay
    }

    /// "held on Tuesday in Banjul", then "the second session, held on 12 March 2020":
    /// when the lead names the event's weekday, an explicit date elsewhere on
    /// another weekday is some other event's. (A weekday written beside its
    /// date, "Tuesday 3-9-2014", is that date's, right or wrong.)
    static func consistentWithLeadWeekday(_ all: [Found], _ document: Document) -> [Found] {
        guard let (weekday, at) = leadWeekday(document) else { return all }
        return all.filter { f in
            guard f.explicit, f.date.precision == .day,
                  let y = f.date.year, let m = f.date.month, let d = f.date.day else { return true }
            if abs(f.token - at) <= 4 { return true }
            return DayArithmetic.weekday(DayArithmetic.dayNumber(y, m, d)) == weekday
        }
    }

    /// "the statements adopted at their meetings on May 26, 2014, in Baku, on January 29,
    /// 2015, in Ashgabat and on July 19, 2017, in Baku": a sentence that names
    /// `historyDates` different days or more tells a history of earlier events, and
    /// none of its explicit dates is the statement's. (A visit's first and last days,
    /// or a Hijri date and its Gregorian day, are two.)
    static func withoutHistories(_ all: [Found], _ document: Document) -> [Found] {
        let explicitDays = all.filter { $0.explicit && $0.date.precision == .day }
        guard explicitDays.count >= historyDates else { return all }
        let histories = document.sentences.filter { sentence in
            Set(explicitDays.filter { sentence.tokens.contains($0.token) }.map(\.date)).count >= historyDates
        }
        guard !histories.isEmpty else { return all }
        return all.filter { f in !(f.explicit && histories.contains { $0.tokens.contains(f.token) }) }
    }

    /// How many different days one sentence names when it tells a history.
    static let historyDates = 3

    /// False when the lead says which weekday today is ("اليوم الأربعاء", "today,
    /// Wednesday") and `date` falls on another: a page's widget of the day it was
    /// read ("الجمعة 27 سبتمبر 2024 آخر تحديث"), years after the article, is no
    /// publication date to count "today" from.
    static func isOnTodaysWeekday(_ date: StatementDate, _ document: Document) -> Bool {
        guard let y = date.year, let m = date.month, let d = date.day, let today = todaysWeekday(document) else { return true }
        return DayArithmetic.weekday(DayArithmetic.dayNumber(y, m, d)) == today
    }

    /// The weekday the lead names beside "today" ("اليوم الأربعاء", "today (Wednesday)"), if any.
    static func todaysWeekday(_ document: Document) -> Int? {
        let matcher = DateLexicon.shared.matcher
        var today: Int? = nil
        var weekday: (day: Int, at: Int)? = nil
        for i in 0..<min(Lead.end(in: document), document.tokens.count) where matcher.mayStart(at: i, in: document) {
            for m in matcher.lookUp(at: i, in: document) {
                switch matcher.entries[m.entry].value {
                case .relative(0): today = i
                case let .weekday(w): weekday = (w, i)
                default: continue
                }
                if let today, let weekday, abs(today - weekday.at) <= todayReach { return weekday.day }
            }
        }
        return nil
    }

    /// How many tokens apart "today" and its weekday may stand: "اليوم الأربعاء", "today (Wednesday)".
    static let todayReach = 3

    /// The first weekday named in the lead, and where.
    static func leadWeekday(_ document: Document) -> (Int, Int)? {
        let matcher = DateLexicon.shared.matcher
        for i in 0..<min(Lead.end(in: document), document.tokens.count) where matcher.mayStart(at: i, in: document) {
            for m in matcher.lookUp(at: i, in: document) {
                if case let .weekday(w) = matcher.entries[m.entry].value { return (w, i) }
            }
        }
        return nil
    }

    /// How many tokens after a background word ("had", "ayant") a date is still its.
    static let backgroundReach = 6
    /// What ends an opening dateline: a dash, or a colon ("أنقرة 12 ديسمبر 2024:").
    static let datelineEnds: MarkSet = ["-", "–", "—", ":"]
    /// Between the numbers of a date: "2026-01-05", "05/01/2026", "5.1.2026".
    static let numericSeparators: MarkSet = ["-", "/", "."]
    /// Between two names of one month: "كانون الثاني/يناير", "يناير (كانون الثاني)".
    static let monthSeparators: MarkSet = ["/", "(", "-"]
    /// An English ordinal's ending written apart from its number: "5 th".
    static let englishOrdinalEndings = DateFinder.wordLists.written("english-ordinal-ending")
    /// Between a month and its year: "January 5, 2026", "مارس عام 2025".
    static let beforeYear = DateFinder.wordLists.written("before-year")
    /// A day's ordinal ending: "1er", "5th", "2e".
    static let dayEndings = DateFinder.wordLists.written("day-ending")

    /// How many tokens before a date a meeting word ("held", "عقد", "tenue") makes it the meeting's day.
    static let meetingDateReach = 3

    /// Whether a meeting word stands just before the date at `index`, in its sentence: "a meeting held on 11 March".
    static func datesMeeting(_ index: Int, _ document: Document) -> Bool {
        guard let sentence = document.sentences.first(where: { $0.tokens.contains(index) }) else { return false }
        return (max(sentence.tokens.lowerBound, index - meetingDateReach)..<index).contains { VenueFinder.meetingWords.contains($0, in: document) }
    }

    /// Tokens of an opening dateline: a city, then up to the first dash or colon ("BAGHDAD, May 6 (Reuters) -",
    /// "عمّان 26 تشرين الثاني (بترا) -", "أنقرة 12 ديسمبر 2024:").
    static func datelineTokens(in document: Document) -> Range<Int> {
        guard let line = document.lines.first(where: { $0.kind == .prose }), let first = line.tokens.first,
              CityLexicon.shared.matcher.matches(at: first, in: document).first != nil else { return 0..<0 }
        var i = first + 1
        while i < line.tokens.upperBound, i < first + 14 {
            if datelineEnds.contains(document.tokens[i].surface) { return first..<i }
            i += 1
        }
        return 0..<0
    }

    /// How many tokens after a recalling participle ("the principles set out
    /// by the crown prince on 3 May") an explicit date is still its document's.
    static let recallReach = 10
    /// How many tokens a recalling participle or a link ("of", "du") may stand after its document word.
    static let documentReach = 5

    /// Every date the text writes, in order. `relative` tells whether it holds
    /// weekdays, relative words or days without a year, which only a publication date resolves.
    /// `named`: where the article names its own statement, whose date a participle does not recall.
    /// `pageMonth`: the month a page's stamp gives without its day ("date 2024-03"),
    /// which gives its year to a day of that month written without one.
    static func mentions(
        in document: Document, published: StatementDate?, relative: inout Bool, named: Set<Int> = [], pageMonth: StatementDate? = nil
    ) -> [Found] {
        let lexicon = DateLexicon.shared
        var found: [Found] = []
        for line in document.lines where line.kind != .boilerplate {
            let range = line.tokens
            var i = range.lowerBound
            var background = -backgroundReach - 1
            var recalled = -recallReach - 1
            var lastDocument: Range<Int>? = nil
            func reaches(from start: Int, to end: Int, within reach: Int) -> Bool {
                start <= end && end - start <= reach
                    && !(max(start, range.lowerBound)..<end).contains { KindFinder.isSentenceEnd($0, document) }
            }
            func otherDocument(before index: Int) -> Bool {
                isOtherDocument(lastDocument, before: index, range, named: named, document)
            }
            // A date just after "had", "ayant", "previous" is an earlier event's; an explicit one
            // after a recalling participle or a document's "of", or before "dernier", "الماضي", too.
            func add(_ f: Found) {
                if reaches(from: background, to: f.token, within: backgroundReach) { return }
                if f.explicit {
                    if reaches(from: recalled, to: f.token, within: recallReach) { return }
                    let start = f.tokens.lowerBound
                    if start > range.lowerBound, lexicon.links.contains(start - 1, in: document), otherDocument(before: start - 1) { return }
                    if f.tokens.upperBound < range.upperBound, VenueFinder.pastMarks.contains(f.tokens.upperBound, in: document) { return }
                }
                found.append(f)
            }
            while i < range.upperBound {
                if document.tokens[i].kind == .number {
                    if let (date, end) = numeric(at: i, range, document) {
                        add(Found(date: date, token: i, tokens: i..<end, explicit: true))
                        i = end
                        continue
                    }
                    if let hijri = numericHijri(at: i, range, document) {
                        add(hijri)
                        i = hijri.tokens.upperBound
                        continue
                    }
                }
                guard lexicon.matcher.mayStart(at: i, in: document),
                      let match = lexicon.matcher.lookUp(at: i, in: document).first(where: { $0.end <= range.upperBound }) else {
                    i += 1
                    continue
                }
                switch lexicon.matcher.entries[match.entry].value {
                case let .month(month):
                    if let f = monthDate(match, month: month, hijri: false, range, document, published, pageMonth) { add(f) }
                    // "les 22 et 23 juin" takes its year from a publication date, a page stamp's too.
                    else if published == nil { relative = true }
                case let .hijriMonth(month):
                    if let f = monthDate(match, month: month, hijri: true, range, document, published, pageMonth) { add(f) }
                case let .weekday(weekday):
                    relative = true
                    if let published, let date = DayArithmetic.latest(weekday, onOrBefore: published) {
                        add(Found(date: date, token: match.first, tokens: match.first..<match.end, explicit: false))
                    }
                case let .relative(days):
                    relative = true
                    if let published, let date = DayArithmetic.daysBefore(published, days) {
                        add(Found(date: date, token: match.first, tokens: match.first..<match.end, explicit: false))
                    }
                case .background:
                    background = match.end
                case .document:
                    lastDocument = match.first..<match.end
                case .started:
                    if !namesVisit(before: match.first, range, document) { recalled = match.end }
                case .recall:
                    if recalls(match.first..<match.end, after: lastDocument, range, document) { recalled = match.end }
                case .visit, .closing:
                    break
                }
                i = match.end
            }
        }
        return found
    }

    /// The month of a rebuilt page's " date 2024-03 " prefix, which names no day:
    /// it gives its year to "dimanche 17 mars", a day of that month written
    /// without one, and to nothing else (not a weekday, not "today").
    static func pageMonth(in document: Document) -> StatementDate? {
        guard let line = document.lines.first, line.tokens.count >= 5 else { return nil }
        let s = line.tokens.lowerBound
        let t = document.tokens
        guard Stamp.dateWords.contains(s, in: document), t[s + 1].kind == .number, t[s + 2].surface == "-", t[s + 3].kind == .number,
              t[s + 2].attached, t[s + 3].attached, t[s + 4].surface != "-",
              t[s + 1].surface.count == 4, let y = Int(t[s + 1].surface), let m = Int(t[s + 3].surface), (1...12).contains(m) else { return nil }
        return StatementDate(year: y, month: m)
    }

    /// Whether a visit word stands in the sentence before `index` ("the visit,
    /// which began on 19 February"): a visit's first day is the statement's.
    static func namesVisit(before index: Int, _ range: Range<Int>, _ document: Document) -> Bool {
        let matcher = DateLexicon.shared.matcher
        var k = index - 1
        while k >= range.lowerBound, !KindFinder.isSentenceEnd(k, document) {
            if matcher.mayStart(at: k, in: document), matcher.lookUp(at: k, in: document).contains(where: { matcher.entries[$0.entry].value == .visit }) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// Whether a document word (`document`) stands just before `index`, in
    /// its sentence; with `named`, one that is not where the article names its own statement.
    static func isOtherDocument(_ document: Range<Int>?, before index: Int, _ range: Range<Int>, named: Set<Int> = [], _ doc: Document) -> Bool {
        guard let d = document, d.upperBound <= index, index - d.upperBound <= documentReach,
              !(d.upperBound..<index).contains(where: { KindFinder.isSentenceEnd($0, doc) }) else { return false }
        return !(max(range.lowerBound, d.lowerBound - 3)..<d.upperBound).contains { named.contains($0) }
    }

    /// Whether the participle at `participle` recalls a document ("the
    /// Joint Declaration signed in Beijing on…"): after that document's word,
    /// not after an auxiliary ("ont signé le 5 mai"), not before an object
    /// ("signed the declaration on"). Even the document the article names as
    /// its statement: a report dates its statement by its own event
    /// ("met on Tuesday"), a document it recalls by its signing.
    static func recalls(_ participle: Range<Int>, after documentWord: Range<Int>?, _ range: Range<Int>, _ document: Document) -> Bool {
        let lexicon = DateLexicon.shared
        return isOtherDocument(documentWord, before: participle.lowerBound, range, document)
            && !lexicon.auxiliaries.contains(participle.lowerBound - 1, in: document)
            && !lexicon.objects.contains(participle.upperBound, in: document)
    }

    /// Whether a recalling participle ends at most `reach` tokens before `index`
    /// in `sentence`: "the declaration signed in Beijing" places Beijing in the background.
    static func isRecalled(_ index: Int, within reach: Int, _ sentence: Range<Int>, _ document: Document) -> Bool {
        let matcher = DateLexicon.shared.matcher
        var lastDocument: Range<Int>? = nil
        for match in matcher.scan(sentence.lowerBound..<index, in: document) {
            switch matcher.entries[match.entry].value {
            case .document: lastDocument = match.first..<match.end
            case .recall where index - match.end <= reach:
                if recalls(match.first..<match.end, after: lastDocument, sentence, document) { return true }
            default: break
            }
        }
        return false
    }

    /// The date around a month name: "5 يناير 2026", "January 5, 2026", "22-23 May 2008",
    /// "les 9 et 10 avril", a Hijri date converted; a day without a year takes the publication's.
    private static func monthDate(
        _ match: PhraseMatcher<DateLexicon.Word>.Match, month: Int, hijri: Bool, _ range: Range<Int>,
        _ document: Document, _ published: StatementDate?, _ pageMonth: StatementDate? = nil
    ) -> Found? {
        var days = dayBefore(match.first, range, document)
        var yearAt = match.end
        // "كانون الثاني/يناير", "يناير (كانون الثاني)": the second name repeats the month.
        if yearAt < range.upperBound, monthSeparators.contains(document.tokens[yearAt].surface),
           yearAt + 1 < range.upperBound,
           let again = DateLexicon.shared.matcher.matches(at: yearAt + 1, in: document).first {
            yearAt = again.end
            if yearAt < range.upperBound, document.tokens[yearAt].surface == ")" { yearAt += 1 }
        }
        // English "January 5, 2026", "May 22-23, 2008".
        if days == nil, !hijri, let d = dayNumber(yearAt, range, document) {
            days = (d, nil, match.first)
            yearAt += 1
            if yearAt < range.upperBound, englishOrdinalEndings.contains(yearAt, in: document) { yearAt += 1 }
            if yearAt + 1 < range.upperBound, rangeJoiners.contains(yearAt, in: document), let last = dayNumber(yearAt + 1, range, document), last > d {
                days?.last = last
                yearAt += 2
            }
        }
        while yearAt < range.upperBound, beforeYear.contains(yearAt, in: document) { yearAt += 1 }
        var year: Int? = nil
        if yearAt < range.upperBound, let y = document.number(yearAt), (hijri ? HijriCalendar.years : gregorianYears).contains(y) {
            year = y
        }
        let start = days?.start ?? match.first
        let tokens = start..<(year == nil ? max(match.end, yearAt) : yearAt + 1)
        if hijri {
            guard let year, let day = days?.first, let date = HijriCalendar.gregorian(year: year, month: month, day: day) else { return nil }
            return Found(date: date, token: match.first, tokens: tokens, explicit: true)
        }
        guard let year = year ?? days.flatMap({ dayOnly(month: month, day: $0.first, published) })
                ?? (days != nil && pageMonth?.month == month ? pageMonth?.year : nil) else { return nil }
        guard let days else { return Found(date: StatementDate(year: year, month: month), token: match.first, tokens: tokens, explicit: true) }
        guard days.first <= StatementDate.daysIn(month: month, year: year) else { return nil }
        var found = Found(date: StatementDate(year: year, month: month, day: days.first), token: match.first, tokens: tokens, explicit: true)
        if let last = days.last, last <= StatementDate.daysIn(month: month, year: year) {
            found.through = StatementDate(year: year, month: month, day: last)
        }
        return found
    }

    /// The year of a day and month written without one: the publication's, or
    /// the year before when that would be in the future; none without a publication date.
    private static func dayOnly(month: Int, day: Int, _ published: StatementDate?) -> Int? {
        guard let published, let py = published.year else { return nil }
        return StatementDate(year: py, month: month, day: day) > published ? py - 1 : py
    }

    /// Between a day and its month: "the 5th of January", "5 من شهر يناير".
    static let monthLinks = DateFinder.wordLists.written("month-link")

    /// Between the days of a range: "22-23 May", "du 17 au 19", "from 3 to 6", "من 19 إلى 21".
    static let rangeJoiners = DateFinder.wordLists.folded("range-joiner")

    /// The day number(s) just before a month name ("5 يناير", "le 1er janvier", "22-23 May",
    /// "du 17 au 19 octobre"): the first day, the last when a range, and the first token.
    private static func dayBefore(_ index: Int, _ range: Range<Int>, _ document: Document) -> (first: Int, last: Int?, start: Int)? {
        var k = index - 1
        // "the 5th of January", "5 من شهر يناير".
        if k >= range.lowerBound, monthLinks.contains(k, in: document) { k -= 1 }
        if k >= range.lowerBound, monthLinks.contains(k, in: document) { k -= 1 }
        if k >= range.lowerBound, dayEndings.contains(k, in: document), document.tokens[k].attached { k -= 1 }
        guard k >= range.lowerBound, let d = dayNumber(k, range, document) else { return nil }
        var j = k - 1
        guard j >= range.lowerBound, rangeJoiners.contains(j, in: document) else { return (d, nil, k) }
        j -= 1
        if j >= range.lowerBound, dayEndings.contains(j, in: document), document.tokens[j].attached { j -= 1 }
        guard j >= range.lowerBound, let first = dayNumber(j, range, document), first < d else { return (d, nil, k) }
        return (first, d, j)
    }

    /// The Gregorian years a date written in figures may have.
    static let gregorianYears = 1900...2100

    /// A day of the month written as a number of at most two digits.
    private static func dayNumber(_ k: Int, _ range: Range<Int>, _ document: Document) -> Int? {
        guard range.contains(k), document.tokens[k].surface.count <= 2, let d = document.number(k), (1...31).contains(d) else { return nil }
        return d
    }

    /// A Hijri date in numbers, day first, as Saudi and Gulf outlets write it
    /// ("12/8/1440هـ", "12 ـ 13 / 8 / 1440هـ" for two days), converted.
    private static func numericHijri(at i: Int, _ range: Range<Int>, _ document: Document) -> Found? {
        let t = document.tokens
        guard let first = dayNumber(i, range, document) else { return nil }
        var k = i + 1
        var last: Int? = nil
        // "12 ـ 13 / 8": a second day after a joiner (a tatweel the tokenizer may drop).
        let second = k < range.upperBound && t[k].kind != .number && t[k].surface != "/" ? k + 1 : k
        if second + 1 < range.upperBound, t[second + 1].surface == "/", let d = dayNumber(second, range, document), d > first {
            last = d
            k = second + 1
        }
        guard k + 3 < range.upperBound, t[k].surface == "/", t[k + 2].surface == "/",
              let m = document.number(k + 1), (1...12).contains(m), let y = document.number(k + 3), HijriCalendar.years.contains(y),
              let date = HijriCalendar.gregorian(year: y, month: m, day: first) else { return nil }
        var found = Found(date: date, token: i, tokens: i..<(k + 4), explicit: true)
        found.through = last.flatMap { HijriCalendar.gregorian(year: y, month: m, day: $0) }
        return found
    }

    /// "2026-01-05" and "05/01/2026" (day first, as Arabic and French outlets write).
    private static func numeric(at i: Int, _ range: Range<Int>, _ document: Document) -> (StatementDate, Int)? {
        guard i + 4 < range.upperBound, document.tokens[i].kind == .number else { return nil }
        let t = document.tokens
        let sep = t[i + 1].surface
        guard numericSeparators.contains(sep), t[i + 2].kind == .number, t[i + 3].surface == sep, t[i + 4].kind == .number,
              t[i + 1].attached, t[i + 2].attached, t[i + 3].attached, t[i + 4].attached,
              let a = document.number(i), let b = document.number(i + 2), let c = document.number(i + 4) else { return nil }
        let (y, m, d) = t[i].surface.count == 4 ? (a, b, c) : (c, b, a)
        guard gregorianYears.contains(y), (1...12).contains(m), d >= 1, d <= StatementDate.daysIn(month: m, year: y) else { return nil }
        return (StatementDate(year: y, month: m, day: d), i + 5)
    }
}
