import Model
import TextAnalysis

/// Finds commitment clauses: each sentence that holds a cue is cut into
/// clauses at new finite verbs ("…، داعيين إلى…", "and called for…"), at
/// new stances of another type ("، ومعارضتها…") and at new pledges inside
/// a stance ("التأكيد على … وتنفيذ …"); each bullet of an outcomes list is
/// a clause of its own. Each clause gets a type, a speaker, topics, a
/// negated/conditional context and a target year.
///
/// A class: its methods call one another for every hit of every sentence, and
/// as a struct of a dozen arrays and dictionaries each call that copied it
/// (~135,000 on 200 articles) retained and released every one of them.
final class CommitmentFinder {
    let document: Document
    let parties: [PartyMention]
    let persons: [PersonMention]
    let roles: [RoleMention]
    let cues: CueLexicon
    let topics: TopicClassifier
    private(set) var mentionStarting: TokenMap<PartyMention>
    private(set) var mentionEnding: TokenMap<PartyMention>
    private(set) var personAt: TokenMap<PersonMention>
    private(set) var personEnding: TokenMap<PersonMention>
    /// Folded name words of persons whose party is known → that party (two-letter surnames
    /// only of persons named in full, see `init`).
    private(set) var nameWordParty = WordTable<PartyCode>()

    /// Tokens inside organisations' names and officials' titles, which carry no topic
    /// ("the Minister of Trade" condemning an attack speaks of no trade).
    private(set) var nameTokens: Set<Int> = []

    /// A bare title's holder named earlier whose party is not known yet
    /// ("The President" after "President Biden"): title start → the holder's mention start.
    private(set) var roleHolder: TokenMap<Int>
    private(set) var roleStarting: TokenMap<RoleMention>
    private(set) var roleEnding: TokenMap<RoleMention>

    /// Folded name words of persons whose party is not known yet → where the
    /// official was first named: "Mr. Ban noted" is that official, whose party
    /// `PersonParties` may find later, and the issuers only if it does not.
    private(set) var namesWithoutParty = WordTable<Int>()

    /// The last two parties named as the speakers of one clause, whom a later "the two sides" means.
    private(set) var lastNamedPair: [PartyCode]?

    /// The parties of the offices whose known holders the lead names bare (`KnownOfficials.holders`).
    let knownHolders: [PersonRole: PartyCode]

    init(document: Document, parties: [PartyMention], persons: [PersonMention], roles: [RoleMention],
         knownHolders: [PersonRole: PartyCode] = [:], knownNames: [PartyMention] = []) {
        self.document = document
        self.knownHolders = knownHolders
        self.parties = parties
        self.persons = persons
        self.roles = roles
        cues = CueLexicon.of(document.language)
        topics = TopicClassifier.of(document.language)
        let count = document.tokens.count
        mentionStarting = TokenMap(tokens: count, capacity: parties.count)
        mentionEnding = TokenMap(tokens: count, capacity: parties.count)
        personAt = TokenMap(tokens: count, capacity: persons.count)
        personEnding = TokenMap(tokens: count, capacity: persons.count)
        roleHolder = TokenMap(tokens: count)
        roleStarting = TokenMap(tokens: count, capacity: roles.count)
        roleEnding = TokenMap(tokens: count, capacity: roles.count)
        // A bare title ("the minister", "وزير الخارجية") stands for the article's own side
        // unless its holder was named with a party.
        // The first words of the titles inside each person's mention: "Imran Khan, Prime Minister of …"
        // is introduced with the title "Prime Minister" though the name comes first.
        var titleHeads: [Int: Set<String>] = [:]
        if document.language != .arabic {
            var owner = TokenMap<Int>(tokens: count)
            for p in persons { for i in p.first..<p.end where owner[i] == nil { owner[i] = p.first } }
            for r in roles { if let first = owner[r.first] { titleHeads[first, default: []].insert(document.folded(r.first)) } }
        }
        for var r in roles {
            // "The Secretary", "La ministre": the official introduced earlier with that title.
            // Only when one official fits: an Arabic bare "وزير الخارجية" in a readout is the home side.
            if r.party == nil, document.language != .arabic {
                let head = document.folded(r.first)
                let fitting = persons.filter { $0.first < r.first && (document.folded($0.first) == head || titleHeads[$0.first]?.contains(head) == true) }
                // One official, however often named ("President Biden … President Joseph R. Biden").
                if let holder = fitting.last, fitting.allSatisfy({ $0.person.name == holder.person.name }) {
                    r.party = holder.person.party
                    if r.party == nil { roleHolder[r.first] = holder.first }
                }
            }
            if roleStarting[r.first] == nil { roleStarting[r.first] = r }
            roleEnding[r.end] = r
        }
        for m in parties where !m.isPlace {
            mentionStarting[m.first] = m
            mentionEnding[m.end] = m
        }
        // Organisations only: a country's name (تايوان، Gaza) may well be the subject matter.
        for m in parties where m.code.map({ Organization.named($0) != nil }) == true { nameTokens.formUnion(m.first..<m.end) }
        for r in roles { nameTokens.formUnion(r.first..<r.end) }
        // A surname of two letters ("Hu", "Li") is a name once the person was introduced with a
        // full name; alone it could be any short word. Arabic has no capitals to tell them apart.
        for p in persons {
            personAt.set(p.first..<p.end, to: p)
            personEnding[p.end] = p
            let shortest = p.nameWords.count > 1 && document.language != .arabic ? 2 : 3
            if let party = p.person.party {
                for w in p.nameWords where w.count >= shortest { nameWordParty.update(WordKey(w), default: party) { $0 = party } }
            } else {
                for w in p.nameWords where w.count >= shortest { namesWithoutParty.update(WordKey(w), default: p.first) { _ in } }
            }
        }
        // "Conversation entre Poutine et Macron … M. Macron a insisté": office holders the lead names bare
        // (`KnownOfficials`) speak by those words too, where the text introduced no one else by them.
        // Not in Arabic, which has no capitals to tell a name from a word elsewhere in the text, nor for a
        // party whose officials the text names in full (their own mentions say who speaks).
        let placed = Set(persons.compactMap(\.person.party))
        for m in knownNames where document.language != .arabic {
            guard let code = m.code, !placed.contains(code) else { continue }
            for k in m.first..<m.end where document.tokens[k].kind == .word && nameWordParty[document.foldedKey(k)] == nil {
                nameWordParty.update(document.foldedKey(k), default: code) { _ in }
            }
        }
    }

    struct Hit {
        var first: Int
        var end: Int
        var cue: CueLexicon.Cue
        var reading: WordAnalysis.Reading
        var stem: String
        var isHead = false
    }

    /// The commitments' clauses, and apart the headings' clauses the body restates.
    func find() -> (clauses: [Clause], restatedHeadings: [Clause]) {
        var clauses: [Clause] = []
        var fromHeadings: [Int] = []
        var introduction: (tokens: Range<Int>, list: ListIntroduction)? = nil
        for sentence in candidateSentences() {
            if let leadIn = sentence.leadIn, introduction?.tokens != leadIn {
                let found = clausesOf(Document.Sentence(tokens: leadIn, line: sentence.line, isBullet: false), previous: clauses.last)
                introduction = (leadIn, ListIntroduction(clause: found.last))
            }
            // A list of lines under an introduction that states nothing ("The outcomes include:")
            // is still a list of outcomes; one run into a paragraph commits only where an item has a verb.
            var list = sentence.leadIn == nil ? nil : introduction?.list
            if list?.clause == nil, let leadIn = sentence.leadIn, !document.lines[sentence.line].tokens.contains(leadIn.lowerBound) { list = nil }
            let found = clausesOf(sentence, previous: clauses.last, list: list)
            if document.lines[sentence.line].kind == .heading { fromHeadings += clauses.count..<clauses.count + found.count }
            clauses += found
        }
        return withoutRestatedHeadings(clauses, fromHeadings)
    }


    /// What a list's items read from the sentence that introduces them ("The two
    /// sides agreed to:"): its clause, whose type and speaker an item without a
    /// stance of its own takes; nil when it states none ("The agenda covered: 1. …"),
    /// and then only an item with a stance of its own commits.
    struct ListIntroduction { var clause: Clause? }

    /// The sentence's commitment clauses: the pipeline's stages in order; `list`
    /// when the sentence is an item of a list with an introduction.
    func clausesOf(_ sentence: Document.Sentence, previous: Clause?, list: ListIntroduction? = nil) -> [Clause] {
        let range = withoutDateline(sentence.tokens)
        let hits = cueHits(range, bullet: sentence.isBullet)
        if opensWithPreamble(range), !hasMainClause(after: range, hits) { return [] }
        if isCutOpening(range) || opensWithRecap(range) { return [] }
        guard let starts = clauseStarts(hits, in: range, bullet: sentence.isBullet, list: list) else { return [] }
        return clauses(withoutEmptyHeads(starts), in: range, bullet: sentence.isBullet, previous: previous, leadIn: list?.clause, hits: hits)
    }

    /// Where a clause starts, with its type and the cue that heads it.
    typealias Start = (start: Int, type: CommitmentType, head: Hit?)

    /// Stage 1: the cues of the sentence, the futures read by rule among them,
    /// each marked as heading a clause or not.
    func cueHits(_ range: Range<Int>, bullet: Bool) -> [Hit] {
        var hits = cues.matcher.scan(range, in: document).map { m -> Hit in
            Hit(first: m.first, end: m.end, cue: cues.matcher.entries[m.entry].value, reading: m.reading,
                stem: cues.matcher.entries[m.entry].folded)
        }
        if document.language == .french { hits = withFrenchFutures(hits, in: range) }
        if document.language == .arabic { hits = withWrittenVerbs(withArabicFutures(hits, in: range), in: range) }
        hits.removeAll { isAgendaFuture($0, in: range) }
        // "army-backed", "EU-backed": a cue inside a compound adjective is no stance.
        hits.removeAll { $0.first > 0 && document.tokens[$0.first].attached && Self.hyphens.contains(document.tokens[$0.first - 1].surface) }
        for i in hits.indices { hits[i].isHead = isHead(hits[i], in: range, bullet: bullet) }
        if !bullet, !hits.contains(where: \.isHead), let k = infinitiveHead(hits, in: range) ?? nominalHead(hits, in: range) {
            hits[k].isHead = true
        }
        if !bullet, !hits.contains(where: \.isHead), let report = reportedHead(in: range) {
            hits.insert(report, at: hits.firstIndex { $0.first > report.first } ?? hits.endIndex)
        }
        if !bullet { hits = withQuotedContinuations(hits, in: range) }
        return hits
    }

    /// Stage 2: where the sentence's clauses start (nil when it commits to nothing):
    /// at new finite verbs, new futures, coordinated stances of another type and
    /// pledges inside a stance.
    func clauseStarts(_ hits: [Hit], in range: Range<Int>, bullet: Bool, list: ListIntroduction? = nil) -> [Start]? {
        let stanceHits = hits.filter { $0.cue.type != nil }
        if !bullet, !hits.contains(where: \.isHead) { return nil }
        if bullet, document.wordCount(in: range) < 2 { return nil }
        // "- Bilateral cooperation", "- Cooperation on global issues": a list of
        // contents, short, with no stance and no closing stop, commits to nothing.
        if bullet, stanceHits.isEmpty, document.wordCount(in: range) <= 5,
           let last = range.last, document.tokens[last].kind == .word { return nil }

        // Where clauses start, and with what type and head.
        var starts: [Start] = []
        if bullet {
            // A bullet's type is its opening cue's ("الدعوة إلى…", "التأكيد على…"); otherwise a pledge.
            // "1- The supreme council congratulated…": a numbered paragraph with its own verb takes the verb's type.
            let leading = range.filter { document.tokens[$0].kind == .word }.prefix(2)
            if let first = stanceHits.first, leading.contains(first.first) || first.isHead && document.language != .arabic {
                starts.append((range.lowerBound, effectiveType(first, in: range, hits), first))
            } else {
                // "The ministers stressed: - the importance of…": the introduction's stance.
                if let list, list.clause == nil { return nil }
                if stanceHits.isEmpty, narratesEvent(range, list: list) { return nil }
                starts.append((range.lowerBound, list?.clause?.type ?? .pledge, stanceHits.first(where: \.isHead)))
            }
        } else {
            let head = hits.first(where: \.isHead)!
            starts.append((range.lowerBound, effectiveType(head, in: range, hits), head))
        }
        for hit in hits {
            guard let current = starts.last, hit.first > (current.head?.end ?? current.start) else { continue }
            // A future after another stance is part of it ("اتفق الوزيران على أنه إذا …، فسيحيل البلدان"),
            // so weak cues never open a clause of their own.
            if hit.isHead, hit.cue.type != nil, hit.cue.role != .weak {
                // "وترحب الصين وتدعم جهود مصر": two verbs sharing one object are one stance.
                let afterHead = (current.head?.end ?? current.start)..<hit.first
                guard document.wordCount(in: afterHead) >= 2 else { continue }
                // "…', a affirmé l'Elysée", "…,” the minister stressed": the verb attributes the quotation, no stance of its own.
                if attributesQuotation(hit, from: current.head?.end ?? current.start) { continue }
                if let split = separator(before: hit, after: current.head?.end ?? current.start) {
                    starts.append((split, effectiveType(hit, in: range, hits), hit))
                }
            } else if hit.cue.role == .weak, hit.cue.type == .pledge, document.language == .arabic,
                      let split = reportedFutureSeparator(before: hit, after: current.head?.end ?? current.start) {
                // "…، وأضافا أنهما سيعززان…": a future the speakers add in a sentence of their own.
                starts.append((split, .pledge, hit))
            } else if hit.isHead, hit.cue.role == .weak, document.language != .arabic,
                      let split = futureSeparator(before: hit, after: current.head?.end ?? current.start) {
                // "…, while Egyptian President al-Sisi said Cairo would host…", "remains committed to …
                // and will continue to provide…": a future of its own after a contrast or a bare "and".
                starts.append((split, effectiveType(hit, in: range, hits), hit))
            } else if let type = hit.cue.type, type != current.type, document.language == .arabic,
                      hit.reading.prefix == "و", Self.isPossessive(hit.reading.suffix),
                      hit.first > range.lowerBound, Self.commas.contains(document.tokens[hit.first - 1].surface) {
                // "…، ومعارضتها لأي شكل…": a coordinated stance of another type.
                starts.append((hit.first, type, hit))
            } else if let type = hit.cue.type, type != current.type, document.language == .arabic,
                      Self.isPossessive(hit.reading.suffix), hit.first > range.lowerBound + 1,
                      Self.coordinatedPrepositions.contains(hit.first - 1, in: document),
                      Self.commas.contains(document.tokens[hit.first - 2].surface) {
                // "…، وعلى دعمها لجهود…": the same, after a repeated preposition.
                starts.append((hit.first - 1, type, hit))
            } else if let type = hit.cue.type, type != current.type, isNominalStance(hit, in: range), hit.first - 1 > range.lowerBound,
                      Self.arabicWith.contains(hit.first - 1, in: document) {
                // "…، مع الإشادة بما تبذله الدول": a stance of another type added by مع.
                starts.append((hit.first - 1, type, hit))
            } else if hit.cue.type == nil, current.type != .pledge, current.type != .call, hit.reading.prefix == "و" || precededByAnd(hit),
                      !hits.contains(where: { $0.cue.type == nil && $0.end == (precededByAnd(hit) ? hit.first - 1 : hit.first) }) {
                // (Not "أهمية تطويرها وتعميقها": two actions coordinated as one object.)
                // "التأكيد على الشراكة … وتنفيذ خطة العمل": a pledge inside a stance.
                starts.append((precededByAnd(hit) ? hit.first - 1 : hit.first, .pledge, nil))
            } else if current.type == .pledge, !hit.isHead, hit.cue.type != .pledge, opensCoordinatedPart(hit, in: range) {
                // "عزمهم التعاون…، والعمل على…", "…، ودعم جهود…": a part with its own action (GUIDELINES:
                // Unit): a pledge, or the stance its noun names.
                starts.append((hit.first, hit.cue.type ?? .pledge, hit.cue.type == nil ? nil : hit))
            }
        }
        return starts
    }

    /// Stage 3: each start's clause up to the next, with its speaker (named, or
    /// inherited from the clause before), topics and qualifications.
    func clauses(_ starts: [Start], in range: Range<Int>, bullet: Bool, previous: Clause?, leadIn: Clause? = nil, hits: [Hit] = []) -> [Clause] {
        var result: [Clause] = []
        var inherited: (Clause.Speaker, Bool)? = nil
        var inheritedOfficial: Int? = nil
        for (k, s) in starts.enumerated() {
            var end = k + 1 < starts.count ? starts[k + 1].start : range.upperBound
            while end > s.start + 1, Self.commas.contains(document.tokens[end - 1].surface)
                    || Self.andEtWaw.contains(end - 1, in: document) { end -= 1 }
            guard end > s.start else { continue }
            var found: Subject? = nil
            if let head = s.head { found = quotedSpeaker(head, range) ?? subject(of: head, clauseStart: s.start, sentence: range, end: end) }
            // "… and will continue to provide…": a coordinated predicate keeps the sentence's speaker.
            if found == nil, k > 0, let head = s.head, head.cue.role == .weak, head.first == s.start + 1,
               Self.andEt.contains(s.start, in: document) { found = .pronoun }
            // "It was agreed": the impersonal "it" stands for nobody who spoke before. Nor does the
            // side whose statement reports the agreement ("وأضاف بيان الكرملين أنه تم الاتفاق على…",
            // « a indiqué le ministère russe : il a été convenu de… »): both sides agreed.
            if let head = s.head, isImpersonalPassive(head, from: s.start) {
                if case .pronoun? = found { found = nil }
                if head.cue.type == .pledge, case .speaker(.parties, _)? = found { found = nil }
            }
            var resolved: (Clause.Speaker, Bool)
            var named = false
            var official: Int? = nil
            switch found {
            case let .speaker(speaker, dual)?:
                resolved = (speaker, dual)
                if case let .parties(codes) = speaker {
                    named = true
                    if codes.count == 2 { lastNamedPair = codes }
                }
            case .kingdom?:
                resolved = (.issuers, false)
            case .plural?:
                resolved = (.issuers, false)
            case .official?:
                resolved = (.issuers, false)
            case .pronoun?:
                // "Elle a rappelé…", "He also stressed…": the previous clause's speaker.
                resolved = inherited ?? previous.map { ($0.speaker, $0.speakerIsDual) } ?? (.issuers, false)
                named = inherited == nil && previous?.speakerNamed == true
                // "Mr. Ban noted … He stressed": the same official, whose party may be found later.
                official = inheritedOfficial ?? (inherited == nil ? previous?.speakerOfficial : nil)
            case nil:
                if let head = s.head, head.cue.role == .weak, !bullet, !hasMeetingSubject(head, range) { continue }
                // "Egypt and Jordan agreed to: - expand…": an item names no speaker; the introduction's speaks.
                if let leadIn {
                    resolved = (leadIn.speaker, leadIn.speakerIsDual)
                    named = leadIn.speakerNamed
                    official = leadIn.speakerOfficial
                    break
                }
                // "وشددا على…", "وأكدتا": an Arabic verb in the dual speaks for the two sides.
                // "وتم الاتفاق على…", "It was agreed that…", "Il a été convenu de…": an impersonal
                // passive reports what the two sides did together.
                if let head = s.head, document.language == .arabic && head.cue.role == .verb && Self.dualEndings.contains(head.reading.suffix)
                    || isImpersonalPassive(head, from: s.start) {
                    resolved = (.issuers, true)
                } else if inherited == nil, let carried = carriedSpeaker(s.head, from: s.start, previous: previous) {
                    // "وأعرب أردوغان عن … ، وأوضح أن …": a verb in the singular with no subject goes on with the one who spoke last.
                    resolved = (carried, false)
                    named = true
                } else {
                    resolved = inherited ?? (.issuers, false)
                }
            }
            inherited = resolved
            if case let .official(first)? = found { official = first }
            inheritedOfficial = official
            var clause = Clause(
                first: s.start, end: end, type: s.type, speaker: resolved.0, speakerNamed: named,
                topics: topics.topics(s.start..<end, in: document, excluding: nameTokens),
                context: context(s.start..<end, head: s.head), target: target(s.start..<end))
            clause.speakerIsDual = resolved.1
            if case .speaker(.issuers, dual: true)? = found { clause.pairNamedBefore = lastNamedPair }
            if case .kingdom? = found { clause.speakerIsKingdom = true }
            if case .plural? = found { clause.speakerIsPlural = true }
            if found == nil, let leadIn {
                clause.speakerIsKingdom = leadIn.speakerIsKingdom
                clause.speakerIsPlural = leadIn.speakerIsPlural
            }
            clause.speakerOfficial = official
            if !named, resolved.0 == .issuers, let head = s.head { clause.ownSide = ownSide(of: head, in: s.start..<end, hits) }
            if let head = s.head {
                clause.isBackground = isPluperfect(head, clause: s.start..<end, sentenceStart: range.lowerBound)
                    || isInTemporalClause(head, clause: s.start..<end)
                // A party that withheld assent ("Hungary did not back the statement") spoke, but made nothing.
                clause.isDissent = clause.context == .negated
            }
            result.append(clause)
        }
        return result
    }
}

extension Array where Element == PartyCode {
    func uniqued() -> [PartyCode] {
        var seen: Set<PartyCode> = []
        return filter { seen.insert($0).inserted }
    }
}
