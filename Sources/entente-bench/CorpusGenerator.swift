import Model
import SplitMix64

/// Makes the benchmark corpus: article after article, the same ones for the
/// same seed. Languages in the proportions of the wires Entente reads (45%
/// Arabic, 40% English, 15% French), 1–8 KB each, dated over 2006–2025,
/// with cue sentences, outcome bullets and background paragraphs composed
/// from `PhraseBook` templates.
///
/// With a `reportShare` (percent), that share of the articles are other
/// reports of an earlier article's statement: half a near-copy of its text
/// (another outlet's headline and a credit line added), half the same
/// statement (parties, place, date, kind) written anew in another language.
/// Their choices come from a stream of their own, so that a share of 0
/// gives exactly the corpus of before.
struct CorpusGenerator: Sequence, IteratorProtocol {
    let count: Int
    let reportShare: Int
    private var random: SeededRandom
    private var reportRandom: SeededRandom
    private var produced = 0
    /// The latest original articles and their facts, which reports repeat.
    private var recent: [(facts: Facts, article: GeneratedArticle)] = []
    private static let recentKept = 256

    /// What two reports of one statement share.
    struct Facts {
        var first: Lexicon.Name
        var second: Lexicon.Name
        var city: (english: String, french: String, arabic: String)
        var date: StatementDate
        var kind: StatementKind
        var language: Language
    }

    init(count: Int, seed: UInt64, reportShare: Int = 0) {
        self.count = count
        self.reportShare = reportShare
        random = SeededRandom(seed: seed)
        reportRandom = SeededRandom(seed: seed ^ 0x5245_504F_5254_5321)
    }

    mutating func next() -> GeneratedArticle? {
        guard produced < count else { return nil }
        produced += 1
        if reportShare > 0, !recent.isEmpty, reportRandom.below(100) < reportShare {
            let earlier = recent[reportRandom.below(recent.count)]
            if reportRandom.chance(50) { return nearCopy(of: earlier.article, number: produced) }
            let others = Language.allCases.filter { $0 != earlier.facts.language }
            var facts = earlier.facts
            facts.language = others[reportRandom.below(others.count)]
            return makeArticle(number: produced, facts: facts).article
        }
        let (article, facts) = makeArticle(number: produced)
        if reportShare > 0 {
            if recent.count == Self.recentKept { recent.removeFirst() }
            recent.append((facts, article))
        }
        return article
    }

    /// Another outlet's copy of `article`: its own headline and source, a
    /// credit line at the end (the commitments keep their offsets).
    private mutating func nearCopy(of article: GeneratedArticle, number: Int) -> GeneratedArticle {
        let source = reportRandom.pick(Lexicon.sources)
        return GeneratedArticle(
            number: number, language: article.language, title: article.title + " (" + source + ")", source: source,
            published: article.published, text: article.text + "\n\n(" + source + ")", statement: article.statement,
            parties: article.parties, commitments: article.commitments, hasFrontMatter: article.hasFrontMatter,
            declaresLanguage: article.declaresLanguage)
    }

    private static let kinds: [StatementKind] = [
        .jointStatement, .jointStatement, .communique, .readout, .pressStatement, .newsReport, .declaration,
    ]

    /// An article; with `facts`, another report of the statement they describe.
    private mutating func makeArticle(number: Int, facts: Facts? = nil) -> (article: GeneratedArticle, facts: Facts) {
        let draw = random.below(100)
        var language: Language = draw < 45 ? .arabic : draw < 85 ? .english : .french
        if let facts { language = facts.language }
        let book = PhraseBook.book(for: language)

        var first = random.pick(Lexicon.countries)
        var second = random.pick(Lexicon.countries)
        while second.code == first.code { second = random.pick(Lexicon.countries) }
        if random.chance(10) { second = random.pick(Lexicon.organizations) }
        let organization = random.pick(Lexicon.organizations)
        var city = random.pick(Lexicon.cities)
        var year = random.within(2006...2025)
        let month = random.within(1...12)
        let day = random.within(1...StatementDate.daysIn(month: month, year: year))
        var date = StatementDate(year: year, month: month, day: day)
        let source = random.pick(Lexicon.sources)
        var kind = random.pick(Self.kinds)
        if let facts {
            (first, second, city, date, kind) = (facts.first, facts.second, facts.city, facts.date, facts.kind)
            year = date.year!
        }

        var slots = Slots(language: language, first: first, second: second, organization: organization, city: city, year: year)
        let target = random.within(1_000...8_000)

        var writer = TextWriter()
        writer.append(dateline(language: language, city: city, date: date, source: source))
        writer.space()
        var commitments: [Commitment] = []
        func addCue(_ rng: inout SeededRandom) {
            let cue = rng.pick(book.cues)
            let subject = slots.drawSubject(&rng)
            let sentence = slots.fill(cue.text, &rng)
            let range = writer.append(sentence)
            commitments.append(Commitment(
                text: sentence, type: cue.type, by: cue.byFirstOnly ? [first.code] : [first.code, second.code],
                topics: cue.text.contains("{S}") ? [subject.topic] : [cue.topic], start: range.lowerBound, end: range.upperBound))
        }
        addCue(&random)  // the lede states the main outcome
        while writer.utf8Count < target {
            writer.paragraphBreak()
            let shape = random.below(100)
            if shape < 8 {
                writer.append(random.pick(book.bulletHeadings))
                for _ in 0..<random.within(3...5) {
                    writer.lineBreak()
                    let template = random.pick(book.bullets)
                    let subject = slots.drawSubject(&random)
                    let line = slots.fill(template, &random)
                    let outcome = String(line.dropFirst(2))
                    writer.append("- ")
                    let range = writer.append(outcome)
                    commitments.append(Commitment(
                        text: outcome, type: .pledge, by: [first.code, second.code], topics: [subject.topic],
                        start: range.lowerBound, end: range.upperBound))
                }
            } else if shape < 60 {
                for index in 0..<random.within(2...4) {
                    if index > 0 { writer.space() }
                    _ = slots.drawSubject(&random)
                    writer.append(slots.fill(random.pick(book.background), &random))
                }
            } else {
                for index in 0..<random.within(1...2) {
                    if index > 0 { writer.space() }
                    addCue(&random)
                }
            }
        }

        _ = slots.drawSubject(&random)
        let title = slots.fill(random.pick(book.titles), &random)
        let parties = [Party(code: first.code, role: .issuer), Party(code: second.code, role: .issuer)]
        let article = GeneratedArticle(
            number: number, language: language, title: title, source: source, published: date, text: writer.text,
            statement: Statement(kind: kind, date: date, venue: city.english), parties: parties,
            commitments: commitments, hasFrontMatter: random.chance(60), declaresLanguage: random.chance(70))
        return (article, Facts(first: first, second: second, city: city, date: date, kind: kind, language: language))
    }

    private func dateline(language: Language, city: (english: String, french: String, arabic: String), date: StatementDate, source: String) -> String {
        let (year, month, day) = (date.year!, date.month!, date.day!)
        switch language {
        case .english: return "\(city.english.uppercased()), \(Lexicon.englishMonths[month - 1]) \(day), \(year) (\(source)) —"
        case .french: return "\(city.french.uppercased()), \(day) \(Lexicon.frenchMonths[month - 1]) \(year) (\(source)) -"
        case .arabic: return "\(city.arabic) - \(day) \(Lexicon.arabicMonths[month - 1]) \(year) (\(source)) -"
        }
    }
}

/// The article text being composed, with its length in bytes and in
/// Unicode scalars (commitment offsets count scalars).
struct TextWriter {
    private(set) var text = ""
    private(set) var scalarCount = 0
    private(set) var utf8Count = 0

    /// Appends `piece` and returns its scalar range in the text.
    @discardableResult
    mutating func append(_ piece: String) -> Range<Int> {
        let start = scalarCount
        text += piece
        scalarCount += piece.unicodeScalars.count
        utf8Count += piece.utf8.count
        return start..<scalarCount
    }

    mutating func space() { append(" ") }
    mutating func lineBreak() { append("\n") }
    mutating func paragraphBreak() { append("\n\n") }
}
