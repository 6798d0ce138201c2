import Model

/// Who issued the statement or took part in the meeting it reports
/// (GUIDELINES: the issuers), from the headline, the lead and the whole
/// text together.
///
/// Each stage gathers the parties one kind of evidence names, in the
/// order the text names them; `find()` joins them. A report of talks or a
/// call has both sides as issuers, whichever side's ministry wrote it; a
/// press statement speaks for one party.
struct IssuerFinder {
    let document: Document
    let mentions: [PartyMention]
    let persons: [PersonMention]
    let roles: [RoleMention]
    let clauses: [Clause]
    /// The headline's clauses the body restates: no commitments, but their
    /// stances' matter is no side ("X condemns the attack on Y's consulate").
    let restatedHeadings: [Clause]
    let kind: StatementKind
    /// The party the outlet speaks for, when its name says so.
    let home: PartyCode?
    /// The document's `leadLines`: the headline and the lines after it.
    let leadLines: [Range<Int>]
    /// The headline and the first two sentences of the body.
    let leadTokens: Range<Int>
    /// Parties named as the speakers of the statement's own clauses
    /// (not recalled from before, not withholding assent), first named first.
    let speakers: [PartyCode]
    /// The lead's sentences that recap earlier facts ("Pour rappel, … entre X et Y"):
    /// the states they name are background, not sides.
    let recaps: [Range<Int>]

    /// (The lead and the speakers are asked by several stages: found once here.)
    init(
        document: Document, mentions: [PartyMention], persons: [PersonMention], roles: [RoleMention], clauses: [Clause],
        restatedHeadings: [Clause], kind: StatementKind, home: PartyCode?
    ) {
        self.document = document
        self.mentions = mentions
        self.persons = persons
        self.roles = roles
        self.clauses = clauses
        self.restatedHeadings = restatedHeadings
        self.kind = kind
        self.home = home
        leadLines = document.leadLines
        let start = leadLines.first?.lowerBound ?? 0
        var end = leadLines.first?.upperBound ?? 0
        // (Sentences of some length: "Date: 08:25, 02-11-2015." or "Almaty." before the lead is no lead sentence.)
        if let second = document.sentences.lazy.filter({ document.isLeadCandidate($0) && Lead.isLong($0, document) }).prefix(2).last {
            end = max(end, second.tokens.upperBound)
        }
        leadTokens = start..<max(start, end)
        var order: [PartyCode] = []
        for clause in clauses where clause.speakerNamed && !clause.isBackground && !clause.isDissent {
            guard case let .parties(codes) = clause.speaker else { continue }
            for code in codes where !order.contains(code) { order.append(code) }
        }
        speakers = order
        let lines = leadLines
        recaps = document.sentences.lazy.filter { s in lines.contains { $0.overlaps(s.tokens) } }
            .map(\.tokens).filter { CommitmentFinder.opensWithRecap($0, in: document) }
    }

    func isInRecap(_ mention: PartyMention) -> Bool { recaps.contains { $0.contains(mention.first) } }

    /// The issuers, first named first.
    func find() -> [PartyCode] {
        let dateline = VenueFinder.datelineCapital(in: document) ?? seatCapital() ?? home
        // One party's own statement speaks for it alone, unless the text has
        // parties speak together ("the top diplomats of X and Y agreed"): then
        // it reports a meeting, whatever the kind said.
        // A press release on a visit or talks with "his Moroccan counterpart" reports a meeting too,
        // and so does a text whose own "we" lists its speakers ("Nous, ministres … de A, de B").
        let we = firstPersonSpeakers()
        if kind == .pressStatement, we.isEmpty, !hasJointSpeakers, !leadNamesCounterpart { return oneSide(dateline) }
        var result: [PartyCode] = []
        // With the home country unnamed ("أمير البلاد"), states the lead joins are what the talks were about.
        let organs = bodies()
        let met = participants()
        let joined = homeCountryTitled ? [] : pairs(besides: (organs + speakers + met).filter { Organization.named($0) != nil })
        for code in organs + speakers + met + joined + companions() + we where !result.contains(code) { result.append(code) }
        let lead = leadParties()
        // An organisation's communique whose meeting the lead does not name
        // as such ("the Peace and Security Council … said in a communiqué"):
        // the organisation, before any country the lead names as its matter.
        if result.isEmpty, kind == .communique || kind == .declaration,
           let body = lead.first(where: { Organization.named($0) != nil && !namedAsMatterOnly($0) }) {
            result = [body]
        }
        for code in members(of: result) where !result.contains(code) { result.append(code) }
        if result.isEmpty, let dateline { result = [dateline] }
        // "LOME – ECOWAS leaders met on the unrest in Ghana": a dateline's city is where the
        // dispatch was filed, and a state named as the matter is what the meeting was about.
        if result.isEmpty {
            let makers = lead.filter { !namedOnlyInDateline($0) && !namedAsMatterOnly($0) }
            if let first = Self.byPreference(makers.isEmpty ? lead : makers).first(where: { !namedAsStanceMatterOnly($0) }) {
                result = [first]
            }
        }
        // Talks, a call, a joint text or a meeting have two sides at least: a
        // country found alone is joined by the next party the lead names,
        // unless the lead names it only as the matter of the talks ("the
        // situation in Yemen"). An organisation's meeting may speak alone.
        // (An organisation's communique in the first person plural, "We call on…", speaks alone.)
        let twoAsked = wantsTwo && !(result.count == 1 && Organization.named(result[0]) != nil && isOrganisationsOwn)
        if result.count == 1, !ownSideUnnamed, twoAsked || result[0].isCountry && Organization.named(result[0]) == nil {
            let recalled = recalledOnly
            if let other = Self.byPreference(lead).first(where: {
                $0 != result[0] && !recalled.contains($0) && (twoAsked || !namedAsMatterOnly($0)) && !namedAsStanceMatterOnly($0)
            }) {
                result.append(other)
            }
        }
        if result.count < 2, kind == .readout, let sides = sidesOfTalks(), result.allSatisfy(sides.contains) {
            for side in sides where !result.contains(side) { result.append(side) }
        }
        return result
    }

    /// The two sides of an account of talks or a call: the parties of the officials
    /// named in the first sentence that names officials of two parties ("Deputy
    /// Secretary X and Vice Foreign Minister Y held a call"), among the account's
    /// first sentences that name officials: a repost's header may have pushed it
    /// out of the lead, and one side may be found nowhere else.
    func sidesOfTalks() -> [PartyCode]? {
        var naming = 0
        for sentence in document.sentences where document.isLeadCandidate(sentence) && naming < Self.talksSentences {
            let named = persons.filter { sentence.tokens.contains($0.first) }
            if named.isEmpty { continue }
            naming += 1
            // "Republic of Korea (ROK) First Vice Foreign Minister Cho": the state named right
            // before the official's title (its abbreviation in brackets between), whose party
            // the persons' finder may leave open.
            let parties = named.compactMap { person in
                person.person.party ?? mentions.last { m in
                    !m.isPlace && m.end <= person.first && person.first - m.end <= 4 && sentence.tokens.contains(m.first)
                }?.code
            }.uniqued()
            if parties.count >= 2 { return Array(parties.prefix(2)) }
        }
        return nil
    }

    /// How many of an account's first sentences that name officials may hold the one that names both sides.
    static let talksSentences = 3

    /// "The Prime Minister spoke to the President of X": a government's own account of
    /// talks names its side by a bare title, whose country is the publisher's and the
    /// text's to leave unnamed. The lead's other parties are then what the talks were
    /// about, not that side: no second issuer beats a wrong one. (An Arabic agency's
    /// "سمو الأمير" names its own country further on, in the lead's other parties, unless
    /// the title says the country is the text's own: "أمير البلاد", the country's emir.)
    var ownSideUnnamed: Bool {
        guard let (first, opening) = leadOpeningRole, opening.party == nil else { return false }
        if document.language == .arabic { return homeCountryTitled }
        let named = persons.contains { $0.first <= opening.end + 1 && $0.end >= opening.first }
        let partyBefore = mentions.contains { first.contains($0.first) && $0.first < opening.end }
        return !named && !partyBefore
    }

    /// Parties in the order they are likely to be a statement's other side:
    /// countries before organisations (named for their resolutions and
    /// agencies), and before countries at war or in crisis, which a lead
    /// often names as the matter discussed.
    static func byPreference(_ parties: [PartyCode]) -> [PartyCode] {
        func rank(_ code: PartyCode) -> Int {
            if Organization.named(code) != nil { return 2 }
            return TopicClassifier.conflictParties.contains(code) ? 1 : 0
        }
        return parties.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// Whether every mention of `code` in the lead names it as a matter
    /// discussed ("the situation in Yemen", "دعمه لليمن") rather than a side.
    func namedAsMatterOnly(_ code: PartyCode) -> Bool {
        let inLead = mentions.filter { m in m.code == code && leadLines.contains { $0.contains(m.first) } }
        return !inLead.isEmpty && inLead.allSatisfy { m in
            let prefix = document.analyses[m.first]?.readings.first?.prefix ?? ""
            if document.language == .arabic, prefix.hasSuffix("ب") || prefix.hasSuffix("ل") || prefix.hasSuffix("لل") { return true }
            return (max(0, m.first - 3)..<m.first).contains(where: isMatterWord)
        }
    }

    /// Whether every mention of `code` in the lead lies inside a condemnation, a
    /// backing or a welcome that someone else makes ("le pays condamne l'attaque
    /// israélienne contre le Qatar", "its solidarity with the people of Qatar"):
    /// the actor condemned and the state attacked, backed or praised are the
    /// stance's matter, not the statement's makers.
    func namedAsStanceMatterOnly(_ code: PartyCode) -> Bool {
        let inLead = mentions.filter { m in m.code == code && leadLines.contains { $0.contains(m.first) } }
        return !inLead.isEmpty && inLead.allSatisfy { isStanceMatter($0) }
    }

    /// Whether `mention` lies inside a condemnation, a backing or a welcome that
    /// someone else makes: the stance's matter ("the summit praised the outcome
    /// of the EAC conference"), not its maker. `afterAnotherParty`: only after
    /// another party the clause names first, for Arabic names its maker after the
    /// verb, inside the clause ("أكد الاجتماع … لمجلس التعاون تضامنه مع …").
    /// `after`: only in a clause that also holds that token.
    func isStanceMatter(_ mention: PartyMention, afterAnotherParty: Bool = false, after word: Int? = nil) -> Bool {
        let holds = { (clause: Clause) -> Bool in
            guard Self.stancesWithMatter.contains(clause.type), clause.first <= mention.first, mention.first < clause.end else { return false }
            if let word, word < clause.first { return false }
            if case let .parties(codes) = clause.speaker, let code = mention.code, codes.contains(code) { return false }
            return !afterAnotherParty || mentions.contains { m in
                m.code != nil && m.code != mention.code && clause.first <= m.first && m.first < mention.first
            }
        }
        return anyClause(where: holds)
    }

    /// Whether a clause, a restated headline's among them, satisfies `holds`.
    func anyClause(where holds: (Clause) -> Bool) -> Bool {
        clauses.contains(where: holds) || restatedHeadings.contains(where: holds)
    }

    static let stancesWithMatter: Set<CommitmentType> = [.condemn, .support, .welcome]

    /// "دعم بلاده الكامل للدور القيادي لمصر", "رحب الجانبان بمصر…": the makers an Arabic backing or
    /// welcome names as its matter, with ل or ب glued to the name, are backed, not backers
    /// (GUIDELINES: support backs another party). Empty when that would leave the clause no maker.
    /// (Not in English or French: "en France", "for Mexican citizens" place or qualify, they back no one.)
    func backed(in clause: Clause, among makers: [PartyCode]) -> Set<PartyCode> {
        guard document.language == .arabic, clause.type == .support || clause.type == .welcome, makers.count >= 2 else { return [] }
        var found: Set<PartyCode> = []
        for m in mentions where clause.first <= m.first && m.first < clause.end && !m.isPlace && !m.isAdjective {
            if let code = m.code, makers.contains(code), m.isPrepositionsObject { found.insert(code) }
        }
        return found.count < Set(makers).count ? found : []
    }

    /// Parties that speak only in stances recalled from before or withheld
    /// ("had called for", "did not back"): they took no part in this statement.
    var recalledOnly: Set<PartyCode> {
        var recalled: Set<PartyCode> = []
        for clause in clauses where clause.isBackground || clause.isDissent {
            if case let .parties(codes) = clause.speaker { recalled.formUnion(codes) }
        }
        return recalled.subtracting(speakers)
    }

    /// The side whose account a readout is: the dateline's or the outlet's
    /// government when it took part, else the side of the first official
    /// its first sentence names, else the first issuer.
    func author(of issuers: [PartyCode], persons: [PersonMention]) -> PartyCode? {
        if let dateline = VenueFinder.datelineCapital(in: document) ?? home, issuers.contains(dateline) { return dateline }
        // "Secretary Reyes spoke today with…", "استقبل الوزير … نظيره": the
        // account's own official comes first in its first sentence.
        if let first = document.sentences.first(where: { document.isLeadCandidate($0) })?.tokens {
            let officials = persons.filter { first.contains($0.first) }.map { ($0.first, $0.person.party) }
                + roles.filter { first.contains($0.first) }.map { ($0.first, $0.party) }
            if let code = officials.sorted(by: { $0.0 < $1.0 }).lazy.compactMap({ $0.1 }).first(where: issuers.contains) { return code }
        }
        return issuers.first
    }

    /// Whether a clause of the statement's own names two parties or more as its makers.
    var hasJointSpeakers: Bool {
        clauses.contains { clause in
            guard clause.speakerNamed, !clause.isBackground, !clause.isDissent, case let .parties(codes) = clause.speaker else { return false }
            return codes.count > 1
        }
    }

    /// Whether the document is an organisation's own: its communique or declaration.
    var isOrganisationsOwn: Bool { kind == .communique || kind == .declaration }

    /// "The two sides", "الجانبان": the text speaks of two makers.
    var wantsTwo: Bool { clauses.contains { $0.speakerIsDual } }

    /// "أعربت وزارة الخارجية في صنعاء عن إدانتها", "the foreign ministry in Tehran said": the state
    /// whose capital an unnamed ministry sits in, named in the lead.
    func seatCapital() -> PartyCode? {
        for m in mentions where m.isIssuersReference && !m.isDual && !m.isPlural && leadTokens.contains(m.first) {
            if let seat = mentions.first(where: { $0.isPlace && $0.first >= m.end && $0.first - m.end <= 1 }), let code = seat.code {
                return code
            }
        }
        return nil
    }

    /// A ministry's or a spokesperson's statement speaks for one side: the
    /// dateline's government when it speaks here unnamed ("the ministry"),
    /// else its first named speaker.
    func oneSide(_ dateline: PartyCode?) -> [PartyCode] {
        let named = speakers
        let unnamed = clauses.contains { !$0.speakerNamed && !$0.isBackground }
        // "ANKARA – The G20 Summit in Turkey condemned…": an organisation named as the speaker is
        // the statement's voice, not the state of the dispatch's city.
        if let body = named.first(where: { Organization.named($0) != nil }), !named.contains(where: { $0 == dateline }) { return [body] }
        if let dateline, named.contains(dateline) || unnamed || named.isEmpty { return [dateline] }
        if let most = mostNamedSpeaker(named) { return [most] }
        if let own = clauses.first(where: { !$0.speakerNamed && !$0.isBackground && $0.ownSide != nil })?.ownSide { return [own] }
        // A party named only inside what the unnamed ministry says (the state it condemns,
        // praises or stands beside) is its matter, not its voice: no issuer beats a wrong one.
        return Array(leadParties().filter { !isNamedOnlyInsideUnnamedClauses($0) }.prefix(1))
    }

    /// Whether every lead mention of `code` stands inside a clause whose speaker the text does not name
    /// (a restated headline's too: "Foreign Ministry Condemns Israeli Forces' Storming of…").
    func isNamedOnlyInsideUnnamedClauses(_ code: PartyCode) -> Bool {
        let inLead = mentions.filter { m in m.code == code && !m.isPlace && leadLines.contains { $0.contains(m.first) } }
        return !inLead.isEmpty && inLead.allSatisfy { m in
            anyClause { !$0.speakerNamed && ($0.first..<$0.end).contains(m.first) }
        }
    }

    /// The party named as speaker of the most clauses, the first named on a tie: one stray
    /// clause read with the wrong speaker (a headline's "the country condemns the Israeli
    /// strike") must not take a party's own statement from it.
    func mostNamedSpeaker(_ named: [PartyCode]) -> PartyCode? {
        var counts: [PartyCode: Int] = [:]
        for clause in clauses where clause.speakerNamed && !clause.isBackground && !clause.isDissent {
            guard case let .parties(codes) = clause.speaker else { continue }
            for code in codes { counts[code, default: 0] += 1 }
        }
        return named.max { counts[$0, default: 0] < counts[$1, default: 0] }
    }

    /// The parties of the officials the headline and the lead name ("the
    /// Emir received the Turkish President"), and of a counterpart there
    /// ("his Egyptian counterpart"): the people who met or spoke.
    func participants() -> [PartyCode] {
        let lead = leadTokens
        var found: [(position: Int, code: PartyCode)] = []
        for person in persons where lead.contains(person.first) {
            if let code = person.person.party { found.append((person.first, code)) }
        }
        for role in roles where lead.contains(role.first) {
            // "following the conclusion of the G8 foreign ministers meeting": a bloc's ministers
            // named for their meeting name an event, not officials who took part in this one.
            if let code = role.party, Organization.named(code) == nil || !Self.links.meeting.contains(role.end, in: document) {
                found.append((role.first, code))
            }
        }
        for mention in mentions where lead.contains(mention.first) && isCounterpart(mention) {
            if let code = mention.code { found.append((mention.first, code)) }
        }
        return ordered(found)
    }

    /// Officials someone holds talks with anywhere in the text ("held trilateral talks with
    /// Japanese Foreign Minister …", "s'est entretenu avec le ministre malien …"): sides of the
    /// meeting even when the lead names only the first two.
    func companions() -> [PartyCode] {
        var found: [(position: Int, code: PartyCode)] = []
        for person in persons {
            guard let code = person.person.party else { continue }
            var k = person.first
            // "with the Japanese Foreign Minister": the demonym and article before the title.
            if let demonym = mentions.first(where: { $0.end == k && $0.code == code }) { k = demonym.first }
            if k > 0, Self.links.link.contains(k - 1, in: document) { k -= 1 }
            guard k >= 2, Self.links.with.contains(k - 1, in: document),
                  (max(0, k - 5)..<(k - 1)).contains(where: { Self.links.talks.contains($0, in: document) }) else { continue }
            found.append((person.first, code))
        }
        return ordered(found)
    }

    /// Organisations whose summit, council or session the headline or the
    /// lead names ("the 47th session of the Supreme Council of the GCC"):
    /// the body that issued a communique or a declaration.
    func bodies() -> [PartyCode] {
        guard kind == .communique || kind == .declaration else { return [] }
        let lead = leadTokens
        var found: [(position: Int, code: PartyCode)] = []
        for mention in mentions where lead.contains(mention.first) {
            guard let code = mention.code, Organization.named(code) != nil, !isStanceMatter(mention, afterAnotherParty: true) else { continue }
            // Beside the name, not inside it or another name ("the Security Council", "the Lake
            // Chad Basin Commission (LCBC)" name no meeting).
            // "اجتماع وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي", "ministers of the member states
            // of the OIC": the meeting words stand before the members.
            let members = mentions.first { $0.isIssuersReference && !$0.isDual && $0.end <= mention.first && mention.first - $0.end <= 2 }
            let anchor = members?.first ?? mention.first
            let before = max(lead.lowerBound, anchor - 4)..<mention.first
            // (Up to three words on, "the Forum Special Leaders Retreat", within the sentence.)
            let reach = min(lead.upperBound, mention.end + 3)
            let after = mention.end..<((mention.end..<reach).first { KindFinder.isSentenceEnd($0, document) } ?? reach)
            // (A name's own word is no meeting; the summit that stands for the issuers is: "دعت القمة … لإيغاد".)
            func meeting(_ k: Int) -> Bool {
                Self.links.meeting.contains(k, in: document) && !mentions.contains { $0.code != nil && $0.first <= k && k < $0.end }
            }
            if before.contains(where: meeting) || after.contains(where: meeting) {
                found.append((mention.first, code))
            }
        }
        // "the Arab summit", "وزراء الخارجية العرب": the body named by an adjective.
        found += GatheringBodies.find(in: lead, of: document)
        return ordered(found)
    }

    /// The states an organisation's meeting was attended by, where the text lists
    /// them ("attended by the ministers of A, B and C", "D, E and F also took part"):
    /// parties beside the organisation (GUIDELINES). Only a list of three states
    /// or more, near one another (titles, commas and conjunctions between): a
    /// sentence on a meeting also names the matters it discussed. Not those named
    /// as guests or observers, and not organisations, which attend as guests.
    /// A state's official said to take part speaks for it, however long the
    /// names between ("وشارك في القمة رئيس الوزراء القطري …، وأمير دولة الكويت …"):
    /// a matter discussed has no minister. A list right after the leaders' title counts too
    /// (`leadersList`: "issued by the leaders of A, B and C").
    func members(of issuers: [PartyCode]) -> [PartyCode] {
        guard kind == .communique || kind == .declaration, issuers.contains(where: { Organization.named($0) != nil }) else { return [] }
        var found: [(position: Int, code: PartyCode)] = []
        for sentence in document.sentences {
            let tokens = sentence.tokens
            guard !tokens.contains(where: { Self.links.guests.contains($0, in: document) }) else { continue }
            // "issued by the leaders of A, B and C": a list the leaders' title introduces, in a sentence that says no one attended.
            guard tokens.contains(where: { Self.links.attended.contains($0, in: document) }) else {
                found += leadersList(in: tokens).map { ($0.first, $0.code!) }
                continue
            }
            let states = memberStates(in: tokens)
            for (first, party, role) in persons.map({ ($0.first, $0.person.party, $0.person.role) }) + roles.map({ ($0.first, $0.party, $0.role) })
            where tokens.contains(first) && PersonParties.stateRoles.contains(role) {
                if let party, party.isCountry, Organization.named(party) == nil { found.append((first, party)) }
            }
            for list in lists(of: states) where Self.isMemberList(list) { found += list.map { ($0.first, $0.code!) } }
        }
        return ordered(found)
    }

    /// `states` cut into lists, each of names near one another (`memberListGap`).
    func lists(of states: [PartyMention]) -> [[PartyMention]] {
        var lists: [[PartyMention]] = []
        for mention in states {
            if let last = lists.last?.last, mention.first - last.end <= Self.memberListGap {
                lists[lists.count - 1].append(mention)
            } else {
                lists.append([mention])
            }
        }
        return lists
    }

    /// Whether a list names three states or more: members, not a pair of sides or a matter.
    static func isMemberList(_ list: [PartyMention]) -> Bool { Set(list.compactMap(\.code)).count >= 3 }

    /// The states listed right after the leaders' plural title ("the leaders of Bahrain, Kuwait, Oman…",
    /// "قادة البحرين والكويت وعمان…"), three or more near one another, or none.
    func leadersList(in tokens: Range<Int>) -> [PartyMention] {
        guard tokens.contains(where: { Self.leaders.contains($0, in: document) }) else { return [] }
        let states = memberStates(in: tokens)
        guard let first = states.first(where: { m in
            // ("of", "of the", "de la" between.)
            var k = m.first
            while k > tokens.lowerBound, m.first - k < 2, Self.links.link.contains(k - 1, in: document) { k -= 1 }
            return k > tokens.lowerBound && Self.leaders.contains(k - 1, in: document)
        }), let list = lists(of: states).first(where: { $0.contains { $0.first == first.first } }) else { return [] }
        let listed = Array(list.drop { $0.first < first.first })
        return Self.isMemberList(listed) ? listed : []
    }

    static let leaders = linkClasses["leaders"] ?? []

    /// The states `tokens` names that may be an organisation's members: countries, not places or organisations.
    func memberStates(in tokens: Range<Int>) -> [PartyMention] {
        mentions.filter { m in
            tokens.contains(m.first) && !m.isPlace && m.code.map { $0.isCountry && Organization.named($0) == nil } == true
        }
    }

    /// The most tokens between two states of one list of members ("Poland, Secretary of State of Romania").
    static let memberListGap = 7

    /// "We, the Foreign Ministers of A, B and C, and the High Representative of the EU, …",
    /// "Nous, ministres des Affaires étrangères de A, de B…, soulignons": the parties a text
    /// lists as its own "we" are its issuers, organisations too. Only an appositive "we"
    /// (followed by a comma) opening one of the first sentences, and a list of two or more
    /// near it and near one another.
    func firstPersonSpeakers() -> [PartyCode] {
        var found: [(position: Int, code: PartyCode)] = []
        for sentence in document.sentences.prefix(Self.firstPersonSentences) {
            guard let we = Self.appositiveWe(opening: sentence.tokens, document) else { continue }
            var chain: [PartyMention] = []
            for m in mentions where sentence.tokens.contains(m.first) && m.first > we && !m.isPlace && m.code != nil {
                let previousEnd = chain.last?.end ?? we + 1
                guard m.first - previousEnd <= (chain.isEmpty ? Self.firstPersonTitleLength : Self.memberListGap) else { break }
                chain.append(m)
            }
            if Set(chain.compactMap(\.code)).count >= 2 { found += chain.map { ($0.first, $0.code!) } }
        }
        return ordered(found)
    }

    /// Where `tokens` opens with the speakers' appositive "we" ("We, the Foreign Ministers of …",
    /// "1. Nous, chefs d'État …"): its first word, followed by a comma.
    static func appositiveWe(opening tokens: Range<Int>, _ document: Document) -> Int? {
        guard let we = tokens.first(where: { document.tokens[$0].kind == .word }),
              firstPersonWords.contains(we, in: document), we + 1 < tokens.upperBound,
              appositionMarks.contains(document.tokens[we + 1].surface) else { return nil }
        return we
    }

    /// How many of the first sentences may open with the speakers' "we" (a preamble's heading comes first).
    static let firstPersonSentences = 6
    /// The most tokens between "we," and the first party: the speakers' titles ("the G7 Foreign Ministers of").
    static let firstPersonTitleLength = 12
    static let firstPersonWords = linkClasses["we"] ?? []
    static let appositionMarks: MarkSet = [",", "،"]

    /// Parties the headline or the lead joins ("Qatar and Turkey", "وقطر",
    /// "Egypt-Sudan", "between X and Y", "India, Israel, the US and the
    /// UAE"): the sides of the talks. Only adjacent names joined by a
    /// conjunction, a hyphen or the commas of a list closed by a conjunction
    /// count, and not a list of matters ("the issues of the region, Sudan and
    /// Somalia", "the situation in Syria and Yemen") nor the states an
    /// organisation's stance is about (`organs`: the organisations found speaking).
    func pairs(besides organs: [PartyCode] = []) -> [PartyCode] {
        let lead = leadTokens
        let named = mentions.filter { m in m.code != nil && !m.isPlace && lead.contains(m.first) && !isInRecap(m) }
        var found: [(position: Int, code: PartyCode)] = []
        var chain: [PartyMention] = []
        var closed = false
        var listed = false
        let dateline = VenueFinder.datelineCity(in: document)?.tokens ?? 0..<0
        func close() {
            if chain.count > 1, closed, !isMatterList(chain), !chain.allSatisfy({ isOrganisationsMatter($0, organs: organs) }),
               !isStanceMatterList(chain) {
                // A list of states meets; organisations listed are more often those invited or briefed.
                for m in chain where !listed || Organization.named(m.code!) == nil { found.append((m.first, m.code!)) }
            }
            chain = []
            closed = false
            listed = false
        }
        for (left, right) in zip(named, named.dropFirst()) {
            // "LOME – ECOWAS leaders met": the dash closing a dateline joins no sides.
            guard left.code != right.code, !dateline.contains(left.first) || dateline.contains(right.first),
                  let link = link(left, right) else { close(); continue }
            if chain.isEmpty { chain = [left] }
            chain.append(right)
            closed = link == .and
            listed = listed || link == .comma
        }
        close()
        return ordered(found)
    }

    /// Whether a list of names is the matter of the talks: its first name
    /// follows a matter word ("in", "for", "charters of", glued ب or ل), or continues a list
    /// begun with something other than a party ("المنطقة والسودان").
    func isMatterList(_ chain: [PartyMention]) -> Bool {
        guard let first = chain.first else { return false }
        if document.language == .arabic {
            // The article is no preposition: "بال", "لل" and "ب" are; "ال" and "وال" are not.
            if first.isPrepositionsObject { return true }
            if first.proclitics.arabicStarts(with: "و") { return !mentions.contains { $0.end == first.first } }
        }
        if isBesideBloc(first) { return true }
        guard let k = wordBeforeLinks(first.first) else { return false }
        if isMatterWord(k) { return true }
        // "la frontière entre le Burkina Faso et le Niger": the matter word governs the names through "between".
        if Self.links.between.contains(k, in: document), let j = wordBeforeLinks(k), isMatterWord(j) { return true }
        let listed = Self.links.and.contains(k, in: document) && document.tokens[k].surface != "-" || Self.isComma(k, document)
        return listed && !mentions.contains { $0.end == k }
    }

    /// Whether a list of names lies inside a condemnation, a backing or a welcome that someone
    /// else makes, after words of its own ("Joint statement backs Pak-Afghan efforts", "support
    /// the efforts of Afghanistan and Pakistan"): the stance's matter. A list that opens its
    /// clause or a quotation ("“The Kingdom of Saudi Arabia and the United States are pleased")
    /// is its subject.
    func isStanceMatterList(_ chain: [PartyMention]) -> Bool {
        // (A word of the clause, not the quotation mark that opens it.)
        guard let first = chain.first, let k = wordBeforeLinks(first.first), document.tokens[k].kind == .word else { return false }
        return chain.allSatisfy { isStanceMatter($0, after: k) }
    }

    /// The last word before `index` that is none of a name's link words ("the", "Republic of"); nil at the text's start.
    func wordBeforeLinks(_ index: Int) -> Int? {
        var k = index - 1
        while k >= 0, Self.links.link.contains(k, in: document) { k -= 1 }
        return k >= 0 ? k : nil
    }

    /// Whether the word at `index` makes the names after it the matter: one of
    /// `links.matter`, in Arabic also with و glued to it ("ونزاعات ليبيا واليمن").
    func isMatterWord(_ index: Int) -> Bool {
        if Self.links.matter.contains(index, in: document) { return true }
        return document.language == .arabic && Self.startsWithWa(index, document)
            && Self.links.matter.contains(String(document.folded(index).dropFirst()))
    }

    /// "coordination within BRICS, together with Russia, India and South Africa",
    /// "membres des BRICS aux côtés de…", "في مجموعة بريكس إلى جانب…": states a word
    /// adds to an organisation named just before them are its other members, named
    /// as background (GUIDELINES: mentioned), not sides of the talks.
    func isBesideBloc(_ first: PartyMention) -> Bool {
        let window = max(0, first.first - Self.blocGap)..<first.first
        guard window.contains(where: { Self.links.beside.contains($0, in: document) }) else { return false }
        return mentions.contains { m in
            window.contains(m.first) && m.end <= first.first && m.code.map { Organization.named($0) != nil } == true
        }
    }

    /// The most tokens between an organisation and the first of the states added to it.
    static let blocGap = 5

    /// Parties the headline and the lead name, first named first, other
    /// than capitals named as places and counterparts.
    func leadParties() -> [PartyCode] {
        var lead: [PartyCode] = []
        for mention in mentions where !mention.isPlace {
            guard let code = mention.code, leadLines.contains(where: { $0.contains(mention.first) }) else { continue }
            if isCounterpart(mention) || isInRecap(mention) { continue }
            if !lead.contains(code) { lead.append(code) }
        }
        return lead
    }

    /// Whether the lead names `code` only as the city opening the dateline.
    func namedOnlyInDateline(_ code: PartyCode) -> Bool {
        guard let dateline = VenueFinder.datelineCity(in: document)?.tokens else { return false }
        let inLead = mentions.filter { m in m.code == code && !m.isPlace && leadLines.contains { $0.contains(m.first) } }
        return !inLead.isEmpty && inLead.allSatisfy { dateline.contains($0.first) }
    }

    /// Whether the headline or the lead names a counterpart ("son homologue marocain", "نظيره").
    var leadNamesCounterpart: Bool {
        mentions.contains { m in leadTokens.contains(m.first) && m.code != nil && isCounterpart(m) }
    }

    func isCounterpart(_ mention: PartyMention) -> Bool {
        (max(0, mention.first - 2)..<mention.first).contains { Extractor.counterpartWords.contains($0, in: document) }
            // "his Ghanaian counterpart": the English adjective comes first.
            || Extractor.counterpartWords.contains(mention.end, in: document)
    }

    /// How two adjacent names are joined, if they are.
    enum Link { case and, comma }

    /// `.and` when only a conjunction, a hyphen and the words around names
    /// ("the", "Republic of", "وجمهورية", a comma before the conjunction)
    /// stand between two names; `.comma` when a comma and such words do.
    func link(_ left: PartyMention, _ right: PartyMention) -> Link? {
        // A headline's last name and the dateline's first are not joined.
        guard let line = document.lines.first(where: { $0.tokens.contains(left.first) }), line.tokens.contains(right.first) else { return nil }
        let between = left.end..<right.first
        if between.isEmpty { return .and }
        guard between.count <= 7 else { return nil }
        var joined = document.language == .arabic && Self.startsWithWa(right.first, document)
        var comma = false
        for index in between {
            if Self.links.and.contains(index, in: document) { joined = true; continue }
            if Self.links.link.contains(index, in: document) || Self.isApostrophe(index, document) { continue }
            if Self.isComma(index, document) { comma = true; continue }
            // "وجمهورية": the conjunction glued to the next word.
            guard document.language == .arabic, Self.startsWithWa(index, document),
                  Self.links.link.contains(String(document.folded(index).dropFirst())) else { return nil }
            joined = true
        }
        return joined ? .and : comma ? .comma : nil
    }

    static func isComma(_ index: Int, _ document: Document) -> Bool {
        [",", "،"].contains(document.tokens[index].surface)
    }

    static func isApostrophe(_ index: Int, _ document: Document) -> Bool {
        ["'", "’"].contains(document.tokens[index].surface)
    }

    static func startsWithWa(_ index: Int, _ document: Document) -> Bool {
        document.folded(index).arabicStarts(with: "و")
    }

    /// `issuer-links.txt`: the words that join two names, those that may
    /// stand beside them, those that name an organisation's meeting, those
    /// that make a name the matter discussed, and "between", through which
    /// a matter word governs the names after it.
    static let links: (and: FoldedWordSet, link: FoldedWordSet, meeting: FoldedWordSet, matter: FoldedWordSet,
                       with: FoldedWordSet, talks: FoldedWordSet, attended: FoldedWordSet, guests: FoldedWordSet,
                       beside: FoldedWordSet, between: FoldedWordSet) = {
        let words = linkClasses
        return (words["and"] ?? [], words["link"] ?? [], words["meeting"] ?? [], words["matter"] ?? [],
                words["with"] ?? [], words["talks"] ?? [], words["attended"] ?? [], words["guests"] ?? [],
                words["beside"] ?? [], words["between"] ?? [])
    }()

    /// Whether the lead's first official is titled for the text's own country, unnamed ("أمير البلاد").
    var homeCountryTitled: Bool {
        guard document.language == .arabic, let (_, opening) = leadOpeningRole,
              opening.party == nil, opening.end < document.tokens.count else { return false }
        return Self.homeCountryWords.contains(opening.end, in: document)
    }

    /// The lead's first sentence and the first title in it, which says whose account the text is.
    var leadOpeningRole: (sentence: Range<Int>, role: RoleMention)? {
        guard let first = document.sentences.first(where: { document.isLeadCandidate($0) })?.tokens,
              let opening = roles.filter({ first.contains($0.first) }).min(by: { $0.first < $1.first }) else { return nil }
        return (first, opening)
    }

    /// `issuer-links.txt`, class `home`: a title's complement naming the text's own country unnamed.
    static let homeCountryWords = linkClasses["home"] ?? []

    /// `issuer-links.txt`, read once: every class of it, for the issuers' and the host state's rules.
    static let linkClasses = LexiconFile.wordClasses("issuer-links.txt")

    private func ordered(_ found: [(position: Int, code: PartyCode)]) -> [PartyCode] {
        var result: [PartyCode] = []
        for item in found.sorted(by: { $0.position < $1.position }) where !result.contains(item.code) { result.append(item.code) }
        return result
    }
}
