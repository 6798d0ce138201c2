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
        /// A participle that makes an explicit date after it an earlier
        /// document's ("the declaration signed on"), after a document word.
        case recall
        /// A document word ("declaration", "accord", "اتفاقية") a recalled date belongs to.
        case document
        /// An earlier event's start in a relative clause ("which began on", "التي بدأت في").
        case started
    }

    let matcher: PhraseMatcher<Word>
    /// The Gregorian months' names, each word alone ("mars", "march"), for a date stamp's test.
    let monthWords: FoldedWordSet
    /// Auxiliaries that make a participle after them the sentence's verb ("ont signé").
    let auxiliaries: FoldedWordSet
    /// Words joining a document to its date ("the proposal of 5 May", "l'accord du 10 mars").
    let links: FoldedWordSet
    /// Words that open a participle's object ("signed the declaration on"): a verb, not a recall.
    let objects: FoldedWordSet
    static let shared = DateLexicon()

    private init() {
        var matcher = PhraseMatcher<Word>(gap: 0, lane: .dates)
        var auxiliaries: [String] = []
        var links: [String] = []
        var objects: [String] = []
        var monthWords: [String] = []
        for line in LexiconFile.lines("dates.txt") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard fields.count >= 3, let n = Int(fields[1]) else { continue }
            let value: Word
            switch fields[0] {
            case "month": value = .month(n); monthWords += fields.dropFirst(2).map(WordAnalysis.fold)
            case "hijri": value = .hijriMonth(n)
            case "weekday": value = .weekday(n)
            case "relative": value = .relative(n)
            case "background": value = .background
            case "visit": value = .visit
            case "closing": value = .closing
            case "recall": value = .recall
            case "document": value = .document
            case "started": value = .started
            case "auxiliary": auxiliaries += fields.dropFirst(2).map(WordAnalysis.fold); continue
            case "link": links += fields.dropFirst(2).map(WordAnalysis.fold); continue
            case "object": objects += fields.dropFirst(2).map(WordAnalysis.fold); continue
            default: continue
            }
            // Forms are single words except a few two-word months (كانون الثاني،
            // ربيع الاول): a form followed by an ordinal-like word joins it.
            var index = 2
            while index < fields.count {
                // An underscore joins the words of one form ("this_evening").
                var form = String(fields[index].map { $0 == "_" ? " " : $0 })
                if index + 1 < fields.count, Self.secondWords.contains(fields[index + 1]) {
                    form += " " + fields[index + 1]
                    index += 1
                }
                matcher.add(form, value: value)
                index += 1
            }
        }
        self.matcher = matcher
        self.auxiliaries = FoldedWordSet(auxiliaries)
        self.links = FoldedWordSet(links)
        self.objects = FoldedWordSet(objects)
        self.monthWords = FoldedWordSet(monthWords)
    }

    /// The second words of two-word month names in dates.txt ("كانون الثاني", "ذو الحجة").
    private static let secondWords = Set(DateFinder.wordLists.words("month-second-word"))
}

extension PhraseMatcher {
    /// Whether some entry matches at `index`.
    func mayStartAndMatches(at index: Int, in document: Document) -> Bool {
        mayStart(at: index, in: document) && !lookUp(at: index, in: document).isEmpty
    }
}
