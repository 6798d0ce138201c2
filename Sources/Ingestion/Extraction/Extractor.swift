import Model
import TextAnalysis

/// Reads one article and returns its statement, parties, persons and
/// commitments. Pure: text in, values out.
///
/// What it knows of the three languages lives in the lexicons of
/// `Sources/Ingestion/Lexicons/` (cue words, topics, party names, titles,
/// cities, date words), embedded in the binary and loaded once.
public struct Extractor: Sendable {
    public init() {}

    /// The extraction of `article`. `Extraction.text` is the article's full
    /// text (line endings normalised, nothing removed); commitment offsets
    /// count Unicode scalars in it. The language is detected when the
    /// article does not give it; relative dates resolve against
    /// `article.published`, and a date that cannot be read stays unknown.
    public func extract(_ article: Article) -> Extraction {
        let document = Document(text: article.text, language: article.language)
        let mentions = PartyFinder.find(in: document)
        var (persons, roles) = PersonFinder.find(in: document, parties: mentions)
        let clauses = CommitmentFinder(document: document, parties: mentions, persons: persons, roles: roles).find()
        let (kind, named) = KindFinder.find(in: document)
        let home = article.source.flatMap { Self.sourceParty($0, document.language) }
        let issuers = Self.issuers(clauses: clauses, mentions: mentions, document: document, kind: kind, home: home)
        // An official whose party the text leaves implicit speaks for the issuer
        // no other official speaks for ("La ministre … Élise Garnier" in a French readout).
        PersonParties.fill(&persons, issuers: issuers, mentions: mentions, document: document)
        // "The two ministers" of a one-side readout: the issuer and its counterpart.
        var pair = issuers
        if pair.count < 2 {
            for p in persons where pair.count < 2 { if let c = p.person.party, !pair.contains(c) { pair.append(c) } }
        }
        if pair.count < 2, let counterpart = Self.counterpart(mentions, document), !pair.contains(counterpart) { pair.append(counterpart) }

        var commitments: [Commitment] = []
        // A stance recalled in the pluperfect is background to the statement, not one of its commitments.
        for clause in clauses where !clause.isBackground {
            let by: [PartyCode]
            switch clause.speaker {
            case let .parties(codes): by = codes
            case .issuers:
                let kingdoms = PartyLexicon.of(document.language).kingdoms
                if clause.speakerIsKingdom, issuers.filter(kingdoms.contains).count == 1 {
                    by = issuers.filter(kingdoms.contains)
                } else {
                    by = clause.speakerIsDual ? pair : issuers
                }
            }
            let start = document.tokens[clause.first].start
            let end = document.tokens[clause.end - 1].end
            commitments.append(Commitment(
                text: document.cleanText(start, end), type: clause.type, by: by, topics: clause.topics,
                start: start, end: end, context: clause.context, target: clause.target))
        }

        var parties = issuers.map { Party(code: $0, role: .issuer) }
        var seen = Set(issuers)
        for mention in mentions where !mention.isPlace {
            if let code = mention.code, seen.insert(code).inserted { parties.append(Party(code: code, role: .mentioned)) }
        }

        let (mechanism, round) = MechanismFinder.find(in: document)
        let statement = Statement(
            kind: kind,
            date: DateFinder.find(in: document, published: article.published, statementTokens: named),
            venue: VenueFinder.find(in: document, statementTokens: named),
            mechanism: mechanism, round: round)
        let title = article.title ?? document.lines.first.flatMap { line in
            line.kind == .heading ? document.cleanText(line.segment.start, line.segment.end) : nil
        }
        return Extraction(
            language: document.language, statement: statement, parties: parties,
            persons: Self.distinct(persons.map(\.person)), commitments: commitments, text: article.text, title: title)
    }

    /// The statement's makers: the parties named as speakers of its
    /// clauses; failing that, the capital of the opening dateline ("عمّان
    /// 26 تشرين الثاني (بترا) -"), then the first parties of the lead.
    /// "The two sides" asks for two, except in a one-side readout or press statement.
    /// Each person once, where first named: later mentions by surname were resolved to the full name.
    static func distinct(_ persons: [Person]) -> [Person] {
        var seen: Set<String> = []
        return persons.filter { seen.insert($0.name).inserted }
    }

    /// The party an outlet speaks for when its name says so ("France Diplomatie", "وزارة الخارجية السعودية").
    static func sourceParty(_ source: String, _ language: Language) -> PartyCode? {
        let document = Document(text: source, language: language)
        return PartyFinder.find(in: document).first { $0.code != nil && !$0.isPlace }?.code
    }

    /// Words after which a party is the other side of a readout: "son homologue égyptien".
    static let counterpartWords = FoldedWordSet(["homologue", "counterpart", "نظيره", "نظيرته", "نظير", "نظيرها"].map(WordAnalysis.fold))

    /// The party of "son homologue tunisien", "his Jordanian counterpart", "نظيره الإيراني".
    static func counterpart(_ mentions: [PartyMention], _ document: Document) -> PartyCode? {
        mentions.first { m in
            m.code != nil && !m.isPlace && (max(0, m.first - 2)..<m.first).contains { counterpartWords.contains($0, in: document) }
        }?.code
    }

    static func issuers(clauses: [Clause], mentions: [PartyMention], document: Document, kind: StatementKind, home: PartyCode?) -> [PartyCode] {
        var order: [PartyCode] = []
        for clause in clauses where clause.speakerNamed && !clause.isBackground && !clause.isDissent {
            guard case let .parties(codes) = clause.speaker else { continue }
            for code in codes where !order.contains(code) { order.append(code) }
        }
        let oneSided = kind == .readout || kind == .pressStatement
        let wantsTwo = !oneSided && clauses.contains { $0.speakerIsDual }
        var lead: [PartyCode] = []
        let leadLines = document.lines.filter { $0.kind != .boilerplate }.prefix(4)
        for mention in mentions where !mention.isPlace {
            guard let code = mention.code, leadLines.contains(where: { $0.tokens.contains(mention.first) }) else { continue }
            if (max(0, mention.first - 2)..<mention.first).contains(where: { counterpartWords.contains($0, in: document) }) { continue }
            if !lead.contains(code) { lead.append(code) }
        }
        var result = order
        let dateline = VenueFinder.datelineCapital(in: document) ?? home
        if oneSided {
            // A readout or a ministry's statement speaks for one side: the dateline's
            // government when it speaks here unnamed ("وأكد سموه", "the ministry"), else its first speaker.
            let unnamed = clauses.contains { !$0.speakerNamed && !$0.isBackground }
            if let dateline, order.contains(dateline) || unnamed || order.isEmpty { result = [dateline] }
            else if let first = order.first { result = [first] }
        }
        if result.isEmpty, let dateline { result = [dateline] }
        if result.isEmpty { result = Array(lead.prefix(wantsTwo ? 2 : 1)) }
        if wantsTwo, result.count == 1, let other = lead.first(where: { $0 != result[0] }) { result.append(other) }
        return result
    }
}
