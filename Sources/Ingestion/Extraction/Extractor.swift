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
        Self.knownOfficialsInBackground
        let document = Document(text: article.text, language: article.language)
        var mentions = PartyFinder.find(in: document)
        var (persons, roles) = PersonFinder.find(in: document, parties: mentions)
        // "محمد شياع السوداني": a nisba read as a known official's surname names no party, there or
        // when the text goes on with the surname alone ("وقال السوداني").
        let surnames = Set(mentions.lazy.filter { m in
            m.end == m.first + 1 && persons.contains { $0.first < m.first && m.first < $0.end && $0.nameWords.last == document.folded(m.first) }
        }.map { document.folded($0.first) })
        if !surnames.isEmpty { mentions.removeAll { $0.end == $0.first + 1 && surnames.contains(document.folded($0.first)) } }
        // "جورجيا ميلوني": a country's name read as a person's given name names no party there.
        mentions.removeAll { m in
            m.end == m.first + 1 && persons.contains { $0.first <= m.first && m.first < $0.end && $0.nameWords.first == document.folded(m.first) }
        }
        // "President Obama" in a text about Iraq: a known office holder's party, where the text gives none.
        let known = KnownOfficials.shared.fillParties(&persons)
        // "Faye and Ouattara met": leaders the lead names bare stand for their states among the issuers'
        // evidence, and their offices' bare titles ("The Prime Minister thanked…") for them.
        let named = KnownOfficials.shared.mentions(in: document, persons: persons, parties: mentions)
        let leaders = named.map(\.mention)
        let commitmentFinder = CommitmentFinder(
            document: document, parties: mentions, persons: persons, roles: roles,
            knownHolders: KnownOfficials.holders(named).merging(Self.namedHolders(persons, document)) { known, _ in known },
            knownNames: leaders)
        let (clauses, restatedHeadings) = commitmentFinder.find()
        let kindFinding = KindFinder.find(in: document, mentions: mentions)
        let kind = kindFinding.kind
        let home = article.source.flatMap { Self.sourceParty($0, document.language) }
        let issuerMentions = leaders.isEmpty ? mentions : (mentions + leaders).sorted { $0.first < $1.first }
        let issuerFinder = IssuerFinder(
            document: document, mentions: issuerMentions, persons: persons, roles: roles, clauses: clauses,
            restatedHeadings: restatedHeadings, kind: kind, home: home)
        var issuers = issuerFinder.find()
        // "القمة العربية الصينية": both sides a summit is named for took part in its final text.
        let summitSides = kind == .communique || kind == .declaration
            ? JointSummit.sides(in: issuerFinder.leadTokens, of: document, mentions: mentions) : []
        for side in summitSides where !issuers.contains(side) { issuers.append(side) }
        let (venue, venueTokens) = VenueFinder.find(in: document, statementTokens: kindFinding.named, mentions: mentions, kind: kind)
        // An official whose party the text leaves implicit speaks for the issuer
        // no other official speaks for ("La ministre … Élise Garnier" in a French readout).
        KnownOfficials.keepingSides(&persons, known: known) {
            PersonParties.fill(&$0, issuers: issuers, mentions: mentions, document: document)
        }
        // (After the officials' parties: a host named only by its city speaks through no unnamed official.)
        let summit = HostState.namesSummit(issuerFinder.leadTokens, document)
        if let host = HostState.of(venue: venue, issuers: issuers, kind: kind, summit: summit)
            ?? HostState.placed(in: document, mentions: mentions, issuers: issuers, kind: kind, summit: summit,
                                lead: [issuerFinder.leadTokens])
            ?? HostState.chair(in: document, mentions: mentions, issuers: issuers, kind: kind, lead: issuerFinder.leadTokens) {
            issuers.append(host)
        }
        // One side's account of talks: a stance nobody is named for is that side's.
        let author = kind == .readout ? issuerFinder.author(of: issuers, persons: persons) : nil
        // "The two ministers" of a one-side readout: the issuer and its counterpart.
        var pair = issuers
        if pair.count < 2 {
            for p in persons where pair.count < 2 { if let c = p.person.party, !pair.contains(c) { pair.append(c) } }
        }
        if pair.count < 2, let counterpart = Self.counterpart(mentions, document), !pair.contains(counterpart) { pair.append(counterpart) }

        let makers = ClauseMakers(
            issuers: issuers, pair: pair, author: author, persons: persons, kind: kind,
            kingdoms: PartyLexicon.of(document.language).kingdoms,
            // (A text whose own "we" lists its makers, "We, the ministers of A and B, and the Chair of
            // the Commission", is no one organisation's alone.)
            body: summitSides.isEmpty && issuerFinder.firstPersonSpeakers().isEmpty ? Self.organisationSpeaking(issuers, kind) : nil)
        var commitments: [Commitment] = []
        // A stance recalled in the pluperfect is background to the statement, not one of its commitments.
        let stated = clauses.filter { !$0.isBackground }
        for clause in stated {
            var by = makers.of(clause)
            let backed = issuerFinder.backed(in: clause, among: by)
            if !backed.isEmpty { by.removeAll(where: backed.contains) }
            let start = document.tokens[clause.first].start
            let end = document.tokens[clause.end - 1].end
            commitments.append(Commitment(
                text: document.cleanText(start, end), type: clause.type, by: by,
                topics: Self.topics(clause, mentions: mentions, names: commitmentFinder.nameTokens, speakers: by, issuers: issuers,
                                    document: document) ?? [],
                start: start, end: end, context: clause.context, target: clause.target))
        }
        Self.continueTopics(&commitments, clauses: stated, document)

        var parties = issuers.map { Party(code: $0, role: .issuer) }
        var seen = Set(issuers)
        for mention in mentions where !mention.isPlace {
            if let code = mention.code, seen.insert(code).inserted { parties.append(Party(code: code, role: .mentioned)) }
        }

        let (mechanism, round) = MechanismFinder.find(in: document)
        let (date, dateTokens) = DateFinder.find(in: document, published: article.published, statementTokens: kindFinding.named)
        // A ministry's statement in which two sides or more met or spoke (the issuers' finder found
        // them together) is that side's account of the talks (GUIDELINES: readout). Its clauses keep
        // the statement's makers: an account's unnamed speaker is no more its author than before.
        let reported = kind == .pressStatement && issuers.count >= 2 ? StatementKind.readout : kind
        let statement = Statement(kind: reported, date: date, venue: venue, mechanism: mechanism, round: round)
        let evidence = Evidence.of(
            document, kind: kindFinding.evidence, date: date.precision == .unknown ? nil : dateTokens, venue: venueTokens,
            issuers: issuers, mentions: mentions, host: venueTokens)
        let title = article.title ?? document.lines.first.flatMap { line in
            line.kind == .heading ? document.cleanText(line.segment.start, line.segment.end) : nil
        }
        return Extraction(
            language: document.language, statement: statement, parties: parties,
            persons: Self.distinct(persons.map(\.person) + Self.untitled(named, besides: persons, document)),
            commitments: commitments, text: article.text, title: title,
            evidence: evidence)
    }

    /// An organisation's communique or declaration speaks for the
    /// organisation, not for the member states that took part in its meeting.
    static func organisationSpeaking(_ issuers: [PartyCode], _ kind: StatementKind) -> PartyCode? {
        guard kind == .communique || kind == .declaration else { return nil }
        let bodies = issuers.filter { Organization.named($0) != nil }
        return bodies.count == 1 ? bodies[0] : nil
    }

    /// « Emmanuel Macron et Vladimir Poutine se sont entretenus »: known office holders the lead
    /// names without a title, with the one office the list gives them, are the text's officials
    /// too, unless an official of that party and office was found already.
    static func untitled(_ named: [(mention: PartyMention, role: PersonRole?)], besides persons: [PersonMention],
                         _ document: Document) -> [Person] {
        named.compactMap { leader in
            guard let role = leader.role, let party = leader.mention.code,
                  !persons.contains(where: { $0.person.party == party && $0.person.role == role }) else { return nil }
            let name = document.cleanText(document.tokens[leader.mention.first].start, document.tokens[leader.mention.end - 1].end)
            return Person(name: name, role: role, party: party)
        }
    }

    /// Each person once, where first named: later mentions by surname were resolved to the full name.
    static func distinct(_ persons: [Person]) -> [Person] {
        var seen: Set<String> = []
        // "Macky Sall" and "Macky SALL": a surname in capitals is the same name.
        return persons.filter { seen.insert($0.name.lowercased()).inserted }
    }

    /// The party an outlet speaks for when its name says so ("France Diplomatie", "وزارة الخارجية السعودية").
    static func sourceParty(_ source: String, _ language: Language) -> PartyCode? {
        let document = Document(text: source, language: language)
        return PartyFinder.find(in: document).first { $0.code != nil && !$0.isPlace }?.code
    }

    /// "وأكد جلالة الملك …": in Arabic, whose news calls the official it named "جلالة الملك", "سمو ولي
    /// العهد" from then on, a bare title stands for the one official of that office the text names, when
    /// his party is known; an office two officials hold says nothing, though one's party is found only
    /// later (the home side's minister in its own readout). (Not in English or French: "Nous, ministres
    /// des Affaires étrangères de…" made the one foreign minister named later their speaker.)
    static func namedHolders(_ persons: [PersonMention], _ document: Document) -> [PersonRole: PartyCode] {
        guard document.language == .arabic else { return [:] }
        return KnownOfficials.onePartyEach(persons.filter { $0.person.role != .other }.map { ($0.person.role, $0.person.party) })
    }

    /// Words after which a party is the other side of a readout: "son homologue égyptien".
    static let counterpartWords = PartyFinder.wordLists.folded("counterpart")

    /// The party of "son homologue tunisien", "his Jordanian counterpart", "نظيره الإيراني".
    static func counterpart(_ mentions: [PartyMention], _ document: Document) -> PartyCode? {
        mentions.first { m in
            m.code != nil && !m.isPlace && (max(0, m.first - 2)..<m.first).contains { counterpartWords.contains($0, in: document) }
        }?.code
    }
}
