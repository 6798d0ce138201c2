import Model

/// Makes the benchmark corpus: article after article, the same ones for the
/// same seed. Languages in the proportions of the wires Entente reads (45%
/// Arabic, 40% English, 15% French), 1–8 KB each, dated over 2006–2025,
/// with cue sentences, outcome bullets and background paragraphs composed
/// from `PhraseBook` templates.
struct CorpusGenerator: Sequence, IteratorProtocol {
    let count: Int
    private var random: SeededRandom
    private var produced = 0

    init(count: Int, seed: UInt64) {
        self.count = count
        random = SeededRandom(seed: seed)
    }

    mutating func next() -> GeneratedArticle? {
        guard produced < count else { return nil }
        produced += 1
        return makeArticle(number: produced)
    }

    private static let kinds: [StatementKind] = [
        .jointStatement, .jointStatement, .communique, .readout, .pressStatement, .newsReport, .declaration,
    ]

    private mutating func makeArticle(number: Int) -> GeneratedArticle {
        let draw = random.below(100)
        let language: Language = draw < 45 ? .arabic : draw < 85 ? .english : .french
        let book = PhraseBook.book(for: language)

        let first = random.pick(Lexicon.countries)
        var second = random.pick(Lexicon.countries)
        while second.code == first.code { second = random.pick(Lexicon.countries) }
        if random.chance(10) { second = random.pick(Lexicon.organizations) }
        let organization = random.pick(Lexicon.organizations)
        let city = random.pick(Lexicon.cities)
        let year = random.within(2006...2025)
        let month = random.within(1...12)
        let day = random.within(1...StatementDate.daysIn(month: month, year: year))
        let date = StatementDate(year: year, month: month, day: day)
        let source = random.pick(Lexicon.sources)
        let kind = random.pick(Self.kinds)

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
        return GeneratedArticle(
            number: number, language: language, title: title, source: source, published: date, text: writer.text,
            statement: Statement(kind: kind, date: date, venue: city.english), parties: parties,
            commitments: commitments, hasFrontMatter: random.chance(60), declaresLanguage: random.chance(70))
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
