/// The date words of `dates.txt`: month names (Gregorian and Hijri),
/// weekdays and relative days, in the three languages.
struct DateLexicon: Sendable {
    enum Word: Sendable, Hashable {
        case month(Int)
        case hijriMonth(Int)
        /// 1 = Sunday … 7 = Saturday.
        case weekday(Int)
        /// Days before publication.
        case relative(Int)
        /// A word that puts a date after it in the background ("had", "ayant").
        case background
        /// A word naming a visit: a span of days in its sentence is dated by its first day.
        case visit
        /// A word naming a close ("at the conclusion of"): a statement issued
        /// then, in a span of days, is dated by the span's last day.
        case closing
    }

    let matcher: PhraseMatcher<Word>
    static let shared = DateLexicon()

    private init() {
        var matcher = PhraseMatcher<Word>(gap: 0, lane: .dates)
        for line in LexiconFile.lines("dates.txt") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard fields.count >= 3, let n = Int(fields[1]) else { continue }
            let value: Word
            switch fields[0] {
            case "month": value = .month(n)
            case "hijri": value = .hijriMonth(n)
            case "weekday": value = .weekday(n)
            case "relative": value = .relative(n)
            case "background": value = .background
            case "visit": value = .visit
            case "closing": value = .closing
            default: continue
            }
            // Forms are single words except a few two-word months (كانون الثاني،
            // ربيع الاول): a form followed by an ordinal-like word joins it.
            var index = 2
            while index < fields.count {
                var form = fields[index]
                if index + 1 < fields.count, Self.secondWords.contains(fields[index + 1]) {
                    form += " " + fields[index + 1]
                    index += 1
                }
                matcher.add(form, value: value)
                index += 1
            }
        }
        self.matcher = matcher
    }

    private static let secondWords: Set<String> = ["الثاني", "الاول", "الاخر", "الاولى", "الاخره", "الثانيه", "القعده", "الحجه"]
}

extension PhraseMatcher {
    /// Whether some entry matches at `index`.
    func mayStartAndMatches(at index: Int, in document: Document) -> Bool {
        mayStart(at: index, in: document) && !lookUp(at: index, in: document).isEmpty
    }
}
