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

    private var mentionStarting: [Int: PartyMention] = [:]
    private var mentionEnding: [Int: PartyMention] = [:]
    private var personAt: [Int: PersonMention] = [:]
    private var personEnding: [Int: PersonMention] = [:]
    private var nameWordParty: [String: PartyCode] = [:]
    /// Tokens inside organisations' names, which carry no topic.
    private var nameTokens: Set<Int> = []

    /// A bare title's holder named earlier whose party is not known yet
    /// ("The President" after "President Biden"): title start → the holder's mention start.
    private var roleHolder: [Int: Int] = [:]
    private var roleStarting: [Int: RoleMention] = [:]
    private var roleEnding: [Int: RoleMention] = [:]
    /// Folded name words of persons whose party is not known yet → where the
    /// official was first named: "Mr. Ban noted" is that official, whose party
    /// `PersonParties` may find later, and the issuers only if it does not.
    private var namesWithoutParty: [String: Int] = [:]

    init(document: Document, parties: [PartyMention], persons: [PersonMention], roles: [RoleMention]) {
        self.document = document
        self.parties = parties
        self.persons = persons
        self.roles = roles
        cues = CueLexicon.of(document.language)
        topics = TopicClassifier.of(document.language)
        // Sized once: growing them a mention at a time rehashed them about a dozen times an article.
        roleStarting.reserveCapacity(roles.count)
        roleEnding.reserveCapacity(roles.count)
        mentionStarting.reserveCapacity(parties.count)
        mentionEnding.reserveCapacity(parties.count)
        personAt.reserveCapacity(persons.reduce(0) { $0 + $1.end - $1.first })
        personEnding.reserveCapacity(persons.count)
        // A bare title ("the minister", "وزير الخارجية") stands for the article's own side
        // unless its holder was named with a party.
        // The first words of the titles inside each person's mention: "Imran Khan, Prime Minister of …"
        // is introduced with the title "Prime Minister" though the name comes first.
        var titleHeads: [Int: Set<String>] = [:]
        if document.language != .arabic {
            var owner: [Int: Int] = [:]
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
        for p in persons {
            for i in p.first..<p.end { personAt[i] = p }
            personEnding[p.end] = p
            if let party = p.person.party {
                for w in p.nameWords where w.count > 2 { nameWordParty[w] = party }
            } else {
                for w in p.nameWords where w.count > 2 && namesWithoutParty[w] == nil { namesWithoutParty[w] = p.first }
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

    /// Words after which a bare masdar is governed, not a verb.
    static let arabicGoverning = FoldedWordSet(["على", "الى", "عن", "في", "من", "و", "ان"].map(WordAnalysis.fold))
    /// Honorifics before a title ("وأكد سمو وزير الخارجية").
    static let honorifics = FoldedWordSet(["سمو", "معالي", "فخامه", "جلاله", "صاحب", "السمو", "سعاده", "دوله", "الرئيس"].map(WordAnalysis.fold))
    /// Pronoun-like subjects standing for the last speaker ("ودعا سموه").
    static let arabicPronouns = FoldedWordSet(["سموه", "معاليه", "فخامته", "جلالته", "سيادته", "دولته", "سموها", "معاليها"].map(WordAnalysis.fold))
    /// Arabic "was" (كان and its agreements) and سبق ("had already"): before a past verb
    /// ("وكانت الأطراف قد أعلنت", "وسبق أن رحبت") they put it before the article's own events.
    /// قد alone is no marker: "وقد أكد الجانبان" is this statement's perfect.
    static let arabicPastAuxiliaries = FoldedWordSet(["كان", "كانت", "كانا", "كانتا", "كانوا", "سبق"].map(WordAnalysis.fold))
    /// The pluperfect's auxiliaries in English and French: "had agreed", "avaient convenu".
    static let latinPastAuxiliaries: FoldedWordSet = ["had", "avait", "avaient", "avais", "avions", "aviez"]
    /// French pluperfect with être: "s'étaient engagés", "étaient convenus".
    static let frenchBeAuxiliaries: FoldedWordSet = ["etait", "etaient"]
    /// Endings of a French past participle, which follows être in the pluperfect.
    static let frenchParticipleEndings: [String] = ["e", "es", "ee", "ees", "u", "us", "ue", "ues", "is", "it"]
    /// Words of a state's formal name: "دولة الكويت", "جمهورية العراق".
    static let stateWords = FoldedWordSet(["دوله", "جمهوريه", "الجمهوريه", "المملكه", "مملكه", "سلطنه", "اماره"].map(WordAnalysis.fold))
    /// Endings no imperfect verb takes: ة/ه, possessives, feminine plural.
    static let nounEndings: [String] = ["ه", "ها", "هم", "هما", "ات", "اء"].map(WordAnalysis.fold)

    /// Words that open a new clause before its verb: "كما أكد", "فيما نوهت فرنسا".
    static let arabicClauseOpeners = FoldedWordSet(["كما", "فيما", "بينما", "وفيما", "وبينما"].map(WordAnalysis.fold))
    static let coordinatedPrepositions = FoldedWordSet(["وعلى", "والى", "وعن", "وب"].map(WordAnalysis.fold))
    static let possessives = WordSet(["ه", "ها", "هما", "هم", "هن", "نا", "كم"])
    /// Whether a reading's suffix is a possessive (by key: a `Set<String>` normalised the Arabic suffix to hash it).
    static func isPossessive(_ suffix: String) -> Bool { possessives.contains(WordKey(suffix)) }
    static let latinNonFinite: FoldedWordSet = [
        "to", "the", "a", "an", "its", "their", "his", "her", "our", "for", "of", "in", "with", "by", "this", "full",
        "strong", "firm", "continued", "unwavering", "such", "mutual", "le", "la", "les", "l", "un", "une", "son", "sa",
        "ses", "leur", "leurs", "du", "de", "d", "des", "au", "aux", "pour", "par", "ce", "cette", "sur", "en", "and",
        "et", "no", "any", "without", "sans",
    ]
    static let determinersBeforeNouns: FoldedWordSet = ["son", "sa", "ses", "leur", "leurs", "their", "its", "his", "her", "our", "the", "a", "an", "le", "la", "les", "un", "une"]
    static let separatorsLatin: FoldedWordSet = ["and", "while", "but", "whereas", "et", "tandis", "mais", "alors", "also"]
    static let commas: MarkSet = [",", "،", ";", "؛", ":"]
    static let hyphens: MarkSet = ["-", "‑", "–"]
    static let dashes: MarkSet = ["-", "–", "—"]
    static let rangeMarks: MarkSet = ["-", "–", "—", "/"]
    static let negators: FoldedWordSet = ["لم", "لن", "لا", "ليس", "عدم", "not", "never", "no", "ne", "n", "pas", "jamais", "didn", "refused", "refuse"]
    /// Read at every token of every clause: keys, not Strings, which hash and compare Arabic by normalising it.
    static let conditionals: WordSet = ["if", "unless", "provided", "si", "اذا", "لو", "شريطه", "بشرط", "شرط", "condition"]
    static let commitmentStems: WordSet = ["التزم", "التزام", "يلتزم", "commit", "commitment", "engag", "engagement", "adherence", "adhere", "attachement"]
    static let prepositionsLatin: FoldedWordSet = [
        "with", "of", "to", "for", "in", "on", "against", "between", "from", "by", "avec", "de", "a", "pour", "contre",
        "entre", "du", "des", "par", "aux", "au", "towards", "toward", "envers", "vers",
    ]
    static let pronouns: FoldedWordSet = ["he", "she", "it", "il", "elle"]
    /// "They urged…", "Ils ont rejeté…": the makers of the statement together.
    static let pluralPronouns: FoldedWordSet = ["they", "ils", "elles", "both", "we", "nous"]

    // Small word lists of the look-arounds, asked through the words' keys (see `FoldedWordSet`).
    static let waw: FoldedWordSet = ["و"]
    static let pas: FoldedWordSet = ["pas"]
    static let andEt: FoldedWordSet = ["and", "et"]
    static let andEtWaw: FoldedWordSet = ["and", "et", "و"]
    static let namesJoiners: FoldedWordSet = ["and", "et", "و", ",", "،"]
    static let complementisers: FoldedWordSet = ["that", "que", "qu", "ان"]
    static let toA: FoldedWordSet = ["to", "a", "à"]
    static let determinersBeforeNames: FoldedWordSet = ["le", "la", "les", "l", "'", "the"]
    static let determinersBeforeTitles: FoldedWordSet = ["the", "le", "la", "l", "'"]
    static let articlesLatin: FoldedWordSet = ["the", "la", "le", "l", "les"]
    static let ofLatin: FoldedWordSet = ["of", "de", "d", "du", "des"]
    static let englishNegators: FoldedWordSet = ["not", "never", "t"]
    static let possessors: FoldedWordSet = ["de", "of", "du", "la", "le", "l", "'"]
    static let locatives: FoldedWordSet = ["in", "en", "في"]
    static let actionPrepositions: FoldedWordSet = ["to", "a", "à", "au", "aux", "ب", "envers", "towards", "in"]
    /// "his Russian counterpart", "son homologue": words between "and" and the other official's name.
    static let counterpartPhrase: FoldedWordSet = ["his", "her", "their", "son", "sa", "leur", "counterpart", "counterparts", "homologue", "homologues"]
    /// An Arabic perfect's endings in the dual: شددا، أكدتا.
    static let dualEndings: Set<String> = ["ا", "تا"]
    static let personalPronouns: FoldedWordSet = ["elle", "elles", "ils", "she", "he", "they"]

    func find() -> [Clause] {
        var clauses: [Clause] = []
        for sentence in document.sentences {
            clauses += clausesOf(sentence, previous: clauses.last)
        }
        return clauses
    }

    private func clausesOf(_ sentence: Document.Sentence, previous: Clause?) -> [Clause] {
        let range = withoutDateline(sentence.tokens)
        if opensWithPreamble(range) { return [] }
        var hits = cues.matcher.scan(range, in: document).map { m -> Hit in
            Hit(first: m.first, end: m.end, cue: cues.matcher.entries[m.entry].value, reading: m.reading,
                stem: cues.matcher.entries[m.entry].folded)
        }
        if document.language == .french { hits = withFrenchFutures(hits, in: range) }
        if document.language == .arabic { hits = withArabicFutures(hits, in: range) }
        // "army-backed", "EU-backed": a cue inside a compound adjective is no stance.
        hits.removeAll { $0.first > 0 && document.tokens[$0.first].attached && Self.hyphens.contains(document.tokens[$0.first - 1].surface) }
        for i in hits.indices { hits[i].isHead = isHead(hits[i], in: range, bullet: sentence.isBullet) }
        let stanceHits = hits.filter { $0.cue.type != nil }
        if !sentence.isBullet, !hits.contains(where: \.isHead) { return [] }
        if sentence.isBullet, range.filter({ document.tokens[$0].kind == .word }).count < 2 { return [] }
        // "- Bilateral cooperation", "- Cooperation on global issues": a list of
        // contents, short, with no stance and no closing stop, commits to nothing.
        if sentence.isBullet, stanceHits.isEmpty, range.filter({ document.tokens[$0].kind == .word }).count <= 5,
           let last = range.last, document.tokens[last].kind == .word { return [] }

        // Where clauses start, and with what type and head.
        var starts: [(start: Int, type: CommitmentType, head: Hit?)] = []
        if sentence.isBullet {
            // A bullet's type is its opening cue's ("الدعوة إلى…", "التأكيد على…"); otherwise a pledge.
            // "1- The supreme council congratulated…": a numbered paragraph with its own verb takes the verb's type.
            let leading = range.filter { document.tokens[$0].kind == .word }.prefix(2)
            if let first = stanceHits.first, leading.contains(first.first) || first.isHead && document.language != .arabic {
                starts.append((range.lowerBound, effectiveType(first, in: range, hits), first))
            } else {
                starts.append((range.lowerBound, .pledge, stanceHits.first(where: \.isHead)))
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
                guard afterHead.filter({ document.tokens[$0].kind == .word }).count >= 2 else { continue }
                // "…', a affirmé l'Elysée", "…,” the minister stressed": the verb attributes the quotation, no stance of its own.
                if attributesQuotation(hit, from: current.head?.end ?? current.start) { continue }
                if let split = separator(before: hit, after: current.head?.end ?? current.start) {
                    starts.append((split, effectiveType(hit, in: range, hits), hit))
                }
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
            } else if hit.cue.type == nil, current.type != .pledge, current.type != .call, hit.reading.prefix == "و" || precededByAnd(hit),
                      !hits.contains(where: { $0.cue.type == nil && $0.end == (precededByAnd(hit) ? hit.first - 1 : hit.first) }) {
                // (Not "أهمية تطويرها وتعميقها": two actions coordinated as one object.)
                // "التأكيد على الشراكة … وتنفيذ خطة العمل": a pledge inside a stance.
                starts.append((precededByAnd(hit) ? hit.first - 1 : hit.first, .pledge, nil))
            }
        }

        var result: [Clause] = []
        var inherited: (Clause.Speaker, Bool)? = nil
        var inheritedOfficial: Int? = nil
        for (k, s) in starts.enumerated() {
            var end = k + 1 < starts.count ? starts[k + 1].start : range.upperBound
            while end > s.start + 1, Self.commas.contains(document.tokens[end - 1].surface)
                    || Self.andEtWaw.contains(end - 1, in: document) { end -= 1 }
            guard end > s.start else { continue }
            var found: Subject? = nil
            if let head = s.head { found = quotedSpeaker(head, range) ?? subject(of: head, clauseStart: s.start, sentenceStart: range.lowerBound, end: end) }
            // "… and will continue to provide…": a coordinated predicate keeps the sentence's speaker.
            if found == nil, k > 0, let head = s.head, head.cue.role == .weak, head.first == s.start + 1,
               Self.andEt.contains(s.start, in: document) { found = .pronoun }
            var resolved: (Clause.Speaker, Bool)
            var named = false
            var official: Int? = nil
            switch found {
            case let .speaker(speaker, dual)?:
                resolved = (speaker, dual)
                if case .parties = speaker { named = true }
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
                if let head = s.head, head.cue.role == .weak, !sentence.isBullet, !hasMeetingSubject(head, range) { continue }
                // "وشددا على…", "وأكدتا": an Arabic verb in the dual speaks for the two sides.
                if document.language == .arabic, let head = s.head, head.cue.role == .verb, Self.dualEndings.contains(head.reading.suffix) {
                    resolved = (.issuers, true)
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
            if case .kingdom? = found { clause.speakerIsKingdom = true }
            if case .plural? = found { clause.speakerIsPlural = true }
            clause.speakerOfficial = official
            if let head = s.head {
                clause.isBackground = isPluperfect(head, clause: s.start..<end, sentenceStart: range.lowerBound)
                // A party that withheld assent ("Hungary did not back the statement") spoke, but made nothing.
                clause.isDissent = clause.context == .negated
            }
            result.append(clause)
        }
        return result
    }

    /// Whether the head is in the pluperfect: a past before the article's own
    /// ("وكانت الأطراف اليمنية قد أعلنت الأسبوع الماضي", "had agreed earlier",
    /// "avaient convenu"), which reports background, not this statement's commitment.
    /// A rule on the tense's auxiliaries, not a list of verbs.
    private func isPluperfect(_ head: Hit, clause: Range<Int>, sentenceStart: Int) -> Bool {
        let clauseStart = clause.lowerBound
        if document.language == .arabic {
            // The subject may stand between the auxiliary and the verb ("وكان وزير الخارجية السعودي قد رحب").
            return (max(clauseStart, head.first - 10)..<head.first).contains { i in
                Self.arabicPastAuxiliaries.contains(i, in: document)
                    || (document.analyses[i]?.bases.contains { ["و", "ف"].contains($0.prefix) && Self.arabicPastAuxiliaries.contains($0.base) } ?? false)
            }
        }
        // An adverb may stand between: "had earlier agreed", "avaient déjà salué".
        let before = max(clauseStart, head.first - 2)..<head.first
        var pluperfect = before.contains(where: { Self.latinPastAuxiliaries.contains($0, in: document) })
        if !pluperfect, document.language == .french, head.first - 1 >= clauseStart,
           Self.frenchBeAuxiliaries.contains(head.first - 1, in: document) {
            let participle = document.folded(head.first)
            pluperfect = Self.frenchParticipleEndings.contains { participle.hasSuffix($0) }
        }
        guard pluperfect else { return false }
        // "The ministry said the two sides had agreed to…", "a indiqué que les deux pays avaient
        // convenu de…": reported speech shifts this meeting's outcome back a tense. Only a
        // time before it ("last week", "earlier", "la semaine dernière") still makes it background.
        let reported = (sentenceStart..<head.first).contains { Self.reportingVerbs.contains($0, in: document) }
        return !reported || clause.contains { Self.earlierTimes.contains($0, in: document) }
    }

    /// Verbs that introduce reported speech, whose past is shifted back into the pluperfect.
    static let reportingVerbs: FoldedWordSet = [
        "said", "says", "told", "stated", "added", "noted", "explained", "indicated",
        "dit", "declare", "indique", "precise", "ajoute", "explique", "affirme", "annonce",
    ]
    /// Words that date a stance before the article's events: "earlier", "last week", "l'an dernier".
    static let earlierTimes: FoldedWordSet = [
        "earlier", "previously", "last", "ago", "already",
        "dernier", "derniere", "precedemment", "auparavant", "deja", "passe", "passee",
    ]

    /// French verbs in the future tense ("La France continuera de soutenir")
    /// pledge, when a party speaks: a rule on the ending, not a list of verbs.
    private func withFrenchFutures(_ hits: [Hit], in range: Range<Int>) -> [Hit] {
        var result = hits
        // The cues' own tokens, read off their few ranges (a Set of them cost an array per hit).
        for i in range where document.tokens[i].kind == .word && !hits.contains(where: { $0.first <= i && i < $0.end }) {
            let word = document.folded(i)
            guard Self.isFrenchFuture(word) else { continue }
            result.append(Hit(first: i, end: i + 1, cue: .init(type: .pledge, role: .weak),
                              reading: .init(prefix: "", stem: word, suffix: ""), stem: word))
        }
        return result.sorted { $0.first < $1.first }
    }

    static let frenchFutureEndings: [StaticString] = ["era", "eront", "ira", "iront", "dra", "dront"]

    /// Whether a folded French word ends like a future of six letters or more.
    /// An ASCII word (most, once folded) is read on its bytes, each a Character (CR aside).
    static func isFrenchFuture(_ word: String) -> Bool {
        let ascii: Bool? = word.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D })
        }
        if ascii == true {
            return word.utf8.count >= 6 && word.lowercasedEnds(withAnyOf: frenchFutureEndings)
        }
        return word.count >= 6 && frenchFutureEndings.contains(where: { word.hasSuffix($0.description) })
    }

    /// `preamble.txt`: openings that recall or note rather than commit, as folded words.
    static let preambles: [[String]] = LexiconFile.lines("preamble.txt").map {
        $0.split(separator: " ").map { WordAnalysis.fold(String($0)) }
    }
    /// Their first words, asked of every sentence before the openings themselves.
    static let preambleStarts = FoldedWordSet(preambles.compactMap(\.first))

    /// Whether the sentence's first words (after any paragraph number) are a preamble's opening.
    private func opensWithPreamble(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { document.tokens[$0].kind == .word }),
              Self.preambleStarts.contains(first, in: document) else { return false }
        let words = range[first...].filter { document.tokens[$0].kind == .word }.prefix(3).map { document.folded($0) }
        return Self.preambles.contains { opening in opening.count <= words.count && zip(opening, words).allSatisfy { $0.0 == $0.1 } }
    }

    /// The sentence without an opening dateline: "KUALA LUMPUR, Feb 10 (Reuters) -",
    /// "بغداد - الأناضول -", "ALGER, 5 nov 2026 (APS) -". A dateline is no part of a commitment.
    private func withoutDateline(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first else { return range }
        let surface = document.tokens[first].surface
        let capitals = Self.isCapitalised(surface)
        guard capitals || CityLexicon.shared.matcher.matches(at: first, in: document).first != nil else { return range }
        var i = first + 1
        while i < range.upperBound, i < first + 14 {
            let surface = document.tokens[i].surface
            if Self.dashes.contains(surface) {
                var j = i + 1
                while j < range.upperBound, Self.dashes.contains(document.tokens[j].surface) { j += 1 }
                // "بغداد - الأناضول -": an agency name between two dashes.
                if j + 1 < range.upperBound, Self.dashes.contains(document.tokens[j + 1].surface) { j += 2 }
                return j < range.upperBound ? j..<range.upperBound : range
            }
            if cues.matcher.matches(at: i, in: document).first != nil { return range }
            i += 1
        }
        return range
    }

    /// Whether a dateline's first word is in capitals ("KUALA", "ALGER"): Latin
    /// upper-case letters only, more than two. ASCII is decided on bytes
    /// (there only A–Z are Latin capitals, and each byte is a Character but CR).
    static func isCapitalised(_ surface: String) -> Bool {
        var ascii = true
        for scalar in surface.unicodeScalars {
            if scalar.isASCII {
                guard scalar.value >= 0x41, scalar.value <= 0x5A else { return false }
            } else {
                guard Script.of(scalar) == .latin, scalar.properties.isUppercase else { return false }
                ascii = false
            }
        }
        return ascii ? surface.utf8.count > 2 : surface.count > 2
    }

    /// "The next round of the Joint Commission will be held in Rabat": a weak cue
    /// whose subject is a meeting is the issuers' pledge.
    private func hasMeetingSubject(_ hit: Hit, _ range: Range<Int>) -> Bool {
        let subject = max(range.lowerBound, hit.first - 12)..<hit.first
        return hit.first - range.lowerBound <= 12 && subject.contains { i in
            MechanismFinder.isRoundWord(i, document)
        }
    }

    /// The imperfect's person prefixes after the future's س (built once, not per sentence).
    static let imperfectPrefixes = Set(["ي", "ت", "ن"].map(WordAnalysis.fold))

    /// Whether the folded word holds س (UTF-8 D8 B3) at all. A base's proclitics
    /// are the word's first letters, and ending with the Character س means holding
    /// that scalar (nothing else decomposes to it): a word without it has no future's
    /// prefix, and its bases need no look.
    static func mayHaveSin(_ folded: String) -> Bool {
        let found: Bool? = folded.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 1
            while i < bytes.count {
                if bytes[i] == 0xB3, bytes[i - 1] == 0xD8 { return true }
                i += 1
            }
            return false
        }
        return found ?? true
    }

    /// Arabic future verbs (ستواصل، سيعمل): س before an imperfect is a weak pledge,
    /// read by rule like the French future.
    private func withArabicFutures(_ hits: [Hit], in range: Range<Int>) -> [Hit] {
        var result = hits
        // The cues' own tokens, read off their few ranges: a Set of them cost an
        // array per hit and a hash per token.
        for i in range where !hits.contains(where: { $0.first <= i && i < $0.end }) {
            guard let a = document.analyses[i], Self.mayHaveSin(a.folded),
                  let future = a.bases.first(where: {
                      $0.prefix.procliticsEnd(with: "س") && $0.base.count >= 4
                  }),
                  let first = future.base.first, Self.imperfectPrefixes.contains(String(first)),
                  // A noun that merely starts with س (وسيادتها، سياسة، سيارات) carries a noun's ending.
                  !Self.nounEndings.contains(where: { future.base.hasSuffix($0) }) else { continue }
            result.append(Hit(first: i, end: i + 1, cue: .init(type: .pledge, role: .weak),
                              reading: .init(prefix: future.prefix, stem: future.base, suffix: ""), stem: future.base))
        }
        return result.sorted { $0.first < $1.first }
    }

    /// Whether a cue heads a clause of its own: a finite verb, not a noun,
    /// an infinitive or a verb governed by a preposition.
    private func isHead(_ hit: Hit, in range: Range<Int>, bullet: Bool) -> Bool {
        guard hit.cue.type != nil else { return false }
        let before = hit.first > range.lowerBound ? document.tokens[hit.first - 1] : nil
        let afterComma = before.map { Self.commas.contains($0.surface) } ?? true
        switch hit.cue.role {
        case .noun, .verdict: return false
        case .participle: return afterComma
        case .weak:
            // Arabic puts the subject after the verb: "وستواصل المملكة", "وسيعقد الجانبان".
            if document.language == .arabic, hit.end < range.upperBound {
                switch groupRight(from: hit.end, end: range.upperBound) {
                case .speaker?, .kingdom?, .plural?: return true
                default: break
                }
                let after = hit.end..<min(range.upperBound, hit.end + 3)
                if after.contains(where: { MechanismFinder.isRoundWord($0, document) }) {
                    return true
                }
            }
            guard hit.first > range.lowerBound else { return false }
            switch namedSubjectLeft(of: hit.first, limit: max(range.lowerBound, hit.first - 3)) {
            case .speaker?, .plural?: return true
            default: break
            }
            // "The European Union remains committed to … and will continue to provide…": a second
            // predicate of the sentence's named subject.
            if document.language != .arabic, Self.andEt.contains(hit.first - 1, in: document),
               case .speaker? = namedSubjectLeft(of: hit.first - 1, limit: range.lowerBound) { return true }
            // "Elle restera mobilisée", "She will travel": a personal pronoun (not an impersonal "it", "il").
            if (max(range.lowerBound, hit.first - 2)..<hit.first).contains(where: { Self.personalPronouns.contains($0, in: document) }) {
                return true
            }
            return hasMeetingSubject(hit, range)
        case .verb, .dissent:
            break
        }
        if document.language == .arabic {
            let prefix = hit.reading.prefix
            if prefix.procliticsEnd(with: "ال") || prefix.procliticsEnd(with: "ب") || prefix.procliticsEnd(with: "ل")
                || prefix.procliticsEnd(with: "ك") { return false }
            if Self.isPossessive(hit.reading.suffix) { return false }
            let ambiguous = hit.reading.suffix.isEmpty && cues.ambiguousStems.contains(WordKey(hit.reading.stem))
            if before != nil, Self.arabicGoverning.contains(hit.first - 1, in: document), ambiguous { return false }
            if ambiguous {
                // Bare دعم / تعهد / رفض: a verb when its subject follows, but a
                // noun in an outcomes list, whose items are nominal ("ودعم الصين لسيادة باكستان").
                if bullet { return false }
                // "، رفض المملكة المطلق": right after a comma, without و, a bare stem is a masdar.
                if hit.reading.prefix.isEmpty, hit.first > range.lowerBound, Self.commas.contains(document.tokens[hit.first - 1].surface) {
                    return false
                }
                // "…، ورفض أي محاولات": a rejection coordinated after a comma is a new verb.
                if hit.reading.prefix == "و", hit.first > range.lowerBound, Self.commas.contains(document.tokens[hit.first - 1].surface),
                   hit.cue.type == .condemn || hit.cue.type == .position { return true }
                let next = hit.end
                return mentionStarting[next] != nil || personAt[next] != nil
            }
            return true
        }
        guard let b = before else { return true }
        let folded = document.folded(hit.first - 1)
        if document.language == .french, b.surface == "à" || b.surface == "À" { return false }
        if document.language == .french, folded == "a" { return true }  // "a salué": an auxiliary
        // "son plein soutien", "their full support": a determiner, an adjective, then the noun.
        let verbLike = document.tokens[hit.first].surface.lowercasedEnds(withAnyOf: ["é", "és", "ée", "ées", "ent", "ed"])
        // "la Conférence exprime": a capitalised noun before the cue is its subject, not an adjective.
        let subjectBefore = document.tokens[hit.first - 1].surface.first?.isUppercase == true
        if !verbLike, !subjectBefore, hit.first - 2 >= range.lowerBound, Self.determinersBeforeNouns.contains(hit.first - 2, in: document),
           document.tokens[hit.first - 1].kind == .word, mentionEnding[hit.first] == nil, personEnding[hit.first] == nil,
           roleEnding[hit.first] == nil, !Self.pluralPronouns.contains(hit.first - 1, in: document) { return false }
        if Self.latinNonFinite.contains(folded), !(folded == "and" || folded == "et") { return false }
        if folded == "and" || folded == "et" {
            // "and support" after a modal or "to" is an infinitive; after a subject or a comma, a verb.
            let surface = document.tokens[hit.first].surface
            return surface.lowercasedEnds(withAnyOf: ["ed", "s", "ent", "é", "és", "ont"])
                || (document.language == .french && surface.lowercasedEnds(withAnyOf: ["e"]))
        }
        if hit.reading.suffix == "ing" { return afterComma }
        if document.language == .french {
            let surface = document.tokens[hit.first].surface
            if surface.lowercasedEnds(withAnyOf: ["er", "ir"]) { return false }  // an infinitive
            // "…, en annonçant une contribution": a gerund after a comma heads a clause.
            if surface.lowercasedEnds(withAnyOf: ["ant"]) {
                return afterComma || (folded == "en" && hit.first - 2 >= range.lowerBound && Self.commas.contains(document.tokens[hit.first - 2].surface))
            }
        }
        return true
    }

    static let contrastive: FoldedWordSet = ["while", "whereas", "tandis", "alors"]

    /// Where a weak future opens a clause of its own: at "while"/"tandis que" before it
    /// (another speaker's statement follows), or at "and" right before the modal ("… and
    /// will continue to…", the same speaker's next commitment). A future inside a stance's
    /// complement ("agreed that, if…, they would…") has neither.
    private func futureSeparator(before hit: Hit, after floor: Int) -> Int? {
        if hit.first - 1 >= floor, Self.andEt.contains(hit.first - 1, in: document) { return hit.first - 1 }
        var i = hit.first - 1
        while i >= floor, i >= hit.first - 12 {
            if Self.contrastive.contains(i, in: document) { return i }
            i -= 1
        }
        return nil
    }

    private func precededByAnd(_ hit: Hit) -> Bool {
        document.language != .arabic && hit.first > 0 && Self.andEt.contains(hit.first - 1, in: document)
    }

    /// Where a new head's clause begins: after the nearest comma, at the
    /// nearest "and"/"et", or at the head itself when it carries و/ف or
    /// follows كما. nil when nothing separates it from the previous head.
    private func separator(before hit: Hit, after floor: Int) -> Int? {
        if document.language == .arabic {
            if hit.first - 1 >= floor, Self.arabicClauseOpeners.contains(hit.first - 1, in: document) {
                return hit.first - 1
            }
            if hit.reading.prefix.hasPrefix("و") || hit.reading.prefix.hasPrefix("ف") { return hit.first }
            if hit.cue.role == .participle { return hit.first }
        }
        var i = hit.first - 1
        while i >= floor {
            let surface = document.tokens[i].surface
            if Self.commas.contains(surface) {
                // A comma starts a clause when a speaker or a participle follows it, not
                // before a passive participle ("…, on top of the 270 million euros committed").
                if document.language == .arabic || surface == ";" || hit.cue.role == .participle || hit.reading.suffix == "ing"
                    || (document.language == .french && document.folded(hit.first).hasSuffix("ant"))
                    || namedSubjectLeft(of: hit.first, limit: i) != nil || i + 1 == hit.first {
                    return i + 1
                }
            }
            if Self.separatorsLatin.contains(i, in: document), document.language != .arabic { return i }
            i -= 1
        }
        return nil
    }

    /// The clause's type: its head's, unless a position verb introduces a
    /// stance noun ("أكدت الصين دعمها", "reaffirmed their support"), and a
    /// commitment is a pledge when it commits to an action and support when
    /// it commits to a principle.
    private func effectiveType(_ head: Hit, in range: Range<Int>, _ hits: [Hit]) -> CommitmentType {
        var chosen = head
        // "continuera de soutenir", "will continue to support": the weak future takes the stance that follows.
        if head.cue.role == .weak, let next = hits.first(where: { $0.first > head.first && $0.first <= head.end + 3 && $0.cue.type != nil }) {
            chosen = next
        }
        // "He noted that the United States is prepared to…", "concurred that they will continue
        // to…", "a rappelé que la Belgique et les États-Unis continueront à…": a pledge
        // reported under a stance verb, its future or undertaking within the complement's first words.
        // Only when a party or a pronoun for the parties is the complement's subject: "stressed
        // that the pipeline would strengthen…" assesses a thing, it undertakes nothing.
        if head.cue.type == .position, let that = (head.end..<min(range.upperBound, head.end + 3)).first(where: { Self.complementisers.contains($0, in: document) }) {
            var subject = that + 1
            while subject < min(range.upperBound, that + 4),
                  Self.articlesLatin.contains(subject, in: document) || ["'", "’"].contains(document.tokens[subject].surface)
                    || Self.openingQuotes.contains(document.tokens[subject].surface) { subject += 1 }
            let bySpeaker = mentionStarting[subject] != nil || personAt[subject] != nil
                || Self.pronouns.contains(subject, in: document) || Self.pluralPronouns.contains(subject, in: document)
            let stop = (subject..<min(range.upperBound, subject + 8)).first { Self.commas.contains(document.tokens[$0].surface) } ?? min(range.upperBound, subject + 8)
            if bySpeaker, let pledge = hits.first(where: { $0.first > subject && $0.first < stop && $0.cue.type == .pledge }) {
                chosen = pledge
            }
        }
        if head.cue.type == .position, chosen.first == head.first {
            var words = 0
            var i = head.end
            // The stance's object, up to a dozen words on (Arabic puts subject and asides first),
            // but not into a complement clause: after "أن/that/que" comes a proposition.
            while i < range.upperBound, words <= 12 {
                if document.tokens[i].kind == .word { words += 1 }
                if Self.complementisers.contains(i, in: document) { break }
                // "réaffirment la profondeur des liens … et leur volonté de…": the first object gives the type.
                if document.language != .arabic, Self.andEt.contains(i, in: document) { break }
                // "stressed the importance of the agreement", "أهمية التطبيق الكامل للاتفاق": a cue
                // after a preposition completes the object; it is not the object.
                if document.language != .arabic, words >= 2, Self.prepositionsLatin.contains(i, in: document) { break }
                if let noun = hits.first(where: { $0.first == i }) {
                    if document.language == .arabic, noun.first > head.end,
                       noun.reading.prefix.unicodeScalars.contains(where: { $0 == "ل" || $0 == "ب" }) { break }
                    // "underscored U.S. support for": a bare cue after a party is its noun.
                    let possessed = noun.reading.suffix.isEmpty && mentionEnding[noun.first] != nil
                    // "مؤكدة دعم دولة فلسطين لـ…": a bare masdar as the stance's object is its noun,
                    // though a party follows it as it would follow a verb.
                    let masdar = document.language == .arabic && !noun.reading.prefix.hasPrefix("و") && !noun.reading.prefix.hasPrefix("ف")
                        && cues.ambiguousStems.contains(WordKey(noun.reading.stem))
                    if noun.isHead && !possessed && !masdar { break }
                    if let t = noun.cue.type, t != .position, noun.cue.role != .weak, !noun.reading.prefix.hasPrefix("و") { chosen = noun }
                    break
                }
                i += 1
            }
        }
        // "stressed that the escalation … is unacceptable", "أكد أن … غير مقبول": a stance judging an act condemns it.
        if head.cue.type == .position, chosen.first == head.first, let verdict = hits.first(where: { $0.first > head.end && $0.cue.role == .verdict }),
           !hits.contains(where: { $0.isHead && $0.first > head.end && $0.first < verdict.first }),
           (head.end..<verdict.first).contains(where: { Self.complementisers.contains($0, in: document) }) {
            return .condemn
        }
        guard let type = chosen.cue.type else { return .pledge }
        // "urged their ministers and senior officials to…": a call on one's own officials instructs them.
        if type == .call, callsOnOwnOfficials(after: chosen.end, in: range) { return .pledge }
        // "rejettent toute approche visant à associer le terrorisme à une religion": an idea rejected is a position.
        if type == .condemn, (chosen.end..<min(range.upperBound, chosen.end + 4)).contains(where: { Self.rejectedIdeas.contains($0, in: document) }) {
            return .position
        }
        // "remains committed to supporting the countries of the Sahel": committing to back others is support.
        if type == .pledge, Self.hasCommitWord(chosen.stem),
           hits.contains(where: { $0.first > chosen.first && $0.first <= chosen.end + 1 && $0.cue.type == .support
               && Self.toA.contains($0.first - 1, in: document) }) {
            return .support
        }
        if type == .pledge, Self.commitmentStems.contains(WordKey(chosen.stem)) || Self.commitmentStems.contains(WordKey(chosen.reading.stem)) {
            // Committing to act is a pledge; to another country's cause ("the one-China
            // principle") is support; to a principle of one's own ("multilateralism") a position.
            if commitsToAction(after: chosen.end, in: range, hits) { return .pledge }
            let object = chosen.end..<min(range.upperBound, chosen.end + 6)
            // "attachement à une solution politique en Libye": a country named as the place of the matter is no cause backed.
            return object.contains { i in
                mentionStarting[i]?.code?.isCountry == true && !(i > 0 && Self.possessors.contains(i - 1, in: document) && i - chosen.end <= 3)
                    && !(i > 0 && Self.locatives.contains(i - 1, in: document))
            } ? .support : .position
        }
        return type
    }

    /// `rejected-ideas.txt`: words naming an idea, which a rejection makes a position.
    static let rejectedIdeas = FoldedWordSet(LexiconFile.lines("rejected-ideas.txt").map(WordAnalysis.fold))

    /// `own-officials.txt`: possessives, and the officials they make one's own.
    static let ownOfficials: (own: FoldedWordSet, staff: FoldedWordSet) = {
        let words = LexiconFile.wordClasses("own-officials.txt")
        return (words["own"] ?? [], words["staff"] ?? [])
    }()

    /// Whether a call's object, within its first words, is the caller's own officials.
    private func callsOnOwnOfficials(after index: Int, in range: Range<Int>) -> Bool {
        let window = index..<min(range.upperBound, index + 5)
        guard let own = window.first(where: { Self.ownOfficials.own.contains($0, in: document) }) else { return false }
        return (own + 1..<min(range.upperBound, own + 3)).contains { Self.ownOfficials.staff.contains($0, in: document) }
    }

    /// Whether a word of `stem` starts with "commit" or "engag". A word can
    /// only start with those Characters where their bytes stand, so a stem
    /// without either run of bytes (every Arabic one) needs no split.
    static func hasCommitWord(_ stem: String) -> Bool {
        let mayHave: Bool? = stem.utf8.withContiguousStorageIfAvailable { bytes in
            contains(bytes, "commit") || contains(bytes, "engag")
        }
        guard mayHave != false else { return false }
        return stem.split(separator: " ").contains(where: { $0.hasPrefix("commit") || $0.hasPrefix("engag") })
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ run: StaticString) -> Bool {
        let n = run.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        for start in 0...(bytes.count - n) {
            var k = 0
            while k < n, bytes[start + k] == run.utf8Start[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    private func commitsToAction(after index: Int, in range: Range<Int>, _ hits: [Hit]) -> Bool {
        var i = index
        var steps = 0
        while i < range.upperBound, steps < 4 {
            let token = document.tokens[i]
            if token.kind == .word {
                steps += 1
                let isPreposition = Self.actionPrepositions.contains(i, in: document)
                    || (document.analyses[i]?.bases.contains { $0.prefix.procliticsEnd(with: "ب") } ?? false)
                if isPreposition {
                    // The action may be this very word (بتعزيز) or the next one (بـ”تعميق, to deepening).
                    if hits.contains(where: { $0.first == i && $0.cue.type == nil }) { return true }
                    if let a = document.analyses[i], actionWord(a) { return true }
                    var j = i + 1
                    while j < range.upperBound, document.tokens[j].kind == .punctuation { j += 1 }
                    if j < range.upperBound, let a = document.analyses[j], actionWord(a) { return true }
                    // "committed to completing", "s'engagent à harmoniser": a verb is an action.
                    if j < range.upperBound, document.language != .arabic, let a = document.analyses[j] {
                        let w = a.folded
                        if document.language == .english, w.hasSuffix("ing") { return true }
                        if document.language == .french, w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("re") { return true }
                    }
                    return false
                }
            }
            i += 1
        }
        return true
    }

    private func actionWord(_ analysis: WordAnalysis) -> Bool {
        // The lexicon's one-word action entries, gathered once (`CueLexicon.actionStems`):
        // a stem is found by key, as `String` equality would find it.
        if analysis.stemKeys.contains(where: cues.actionStems.contains) { return true }
        if analysis.bases.contains(where: { cues.actionStems.contains(WordKey($0.base)) }) { return true }
        guard !cues.actionPrefixes.isEmpty else { return false }
        let probe = analysis.readings.map(\.stem) + analysis.bases.map(\.base)
        return cues.actionPrefixes.contains { p in probe.contains { $0.hasPrefix(p) } }
    }

    // MARK: - Speakers

    enum Subject {
        case speaker(Clause.Speaker, dual: Bool)
        /// "وشددت المملكة": the issuer that is a kingdom.
        case kingdom
        /// "he", "elle", "they": whoever spoke last.
        case pronoun
        /// "the ministers", "les dirigeants": all the issuers together.
        case plural
        /// A named official whose party the text has not said yet (the
        /// home side's minister in its own readout): the token where the
        /// mention starts, so that the party found later applies.
        case official(Int)
    }

    /// Words for the body that speaks for a party: "قادة الأردن", "وزارة
    /// الخارجية الأردنية", "الجانب الصيني", "the leaders of", "le ministère … de".
    static let bodyWords: FoldedWordSet = [
        "قاده", "زعماء", "رءساء", "وزراء", "وزاره", "حكومه", "حكومات", "مجلس", "المجلس", "الوزاري", "خارجيه", "جانب", "الجانب",
        "الخارجيه", "وفد", "وفدا", "leaders", "ministers", "ministry", "government", "governments", "council", "heads",
        "foreign", "delegation", "delegations", "dirigeants", "ministres", "ministere", "gouvernement", "conseil",
        "chefs", "delegation", "affaires", "etrangeres",
    ]

    /// Who speaks in the clause: the subject after an Arabic verb
    /// ("وأكد البلدان", "أعادت باكستان التأكيد"), or before it ("الجانبين
    /// دعوا", "China and Pakistan agreed", "Wang stressed").
    private func subject(of head: Hit, clauseStart: Int, sentenceStart: Int, end: Int) -> Subject? {
        // "، داعيا مجلس الأمن إلى": a participle agrees with the sentence's subject; what follows is its object.
        if head.cue.role == .participle || (head.reading.suffix == "ing" && document.language == .english) {
            // "Underlining that …, Çavuşoğlu said", "Abordant …, le Président … a salué": a participle
            // opening the sentence has its subject after the comma that closes its phrase.
            if document.language != .arabic, head.first <= sentenceStart + 1, let found = subjectAfterOpening(head, end: end) { return found }
            return .pronoun
        }
        if document.language == .arabic {
            var p = head.first + 1
            while p <= head.end, p < end {
                if let found = groupRight(from: p, end: end) { return found }
                if p == head.end { break }
                p += 1
            }
            if let found = namedSubjectLeft(of: head.first, limit: max(clauseStart, head.first - 3)) { return found }
            return nil
        }
        return namedSubjectLeft(of: head.first, limit: max(sentenceStart, clauseStart == sentenceStart ? head.first - 25 : clauseStart))
    }

    static let quotationEnds: MarkSet = ["»", "”", "\"", "'", "’"]

    /// Whether the verb follows a closing quotation and its comma, auxiliaries aside:
    /// "…', a affirmé l'Elysée", "…,” he said".
    private func attributesQuotation(_ hit: Hit, from start: Int) -> Bool {
        guard document.language != .arabic else { return false }
        var k = hit.first - 1
        while k > start, k >= hit.first - 3, document.tokens[k].kind == .word { k -= 1 }
        guard k > start else { return false }
        let t = document.tokens
        if Self.commas.contains(t[k].surface) { return Self.quotationEnds.contains(t[k - 1].surface) }
        // ",” he said": the comma inside the quotation.
        return Self.quotationEnds.contains(t[k].surface) && Self.commas.contains(t[k - 1].surface)
    }

    /// The subject right after the comma that closes an opening participial phrase, if one is named there.
    private func subjectAfterOpening(_ head: Hit, end: Int) -> Subject? {
        guard let comma = (head.end..<min(end, head.end + 30)).first(where: { Self.commas.contains(document.tokens[$0].surface) }) else { return nil }
        var i = comma + 1
        while i < end, i < comma + 3, Self.determinersBeforeTitles.contains(i, in: document) { i += 1 }
        guard i < end else { return nil }
        var last: Int? = nil
        if let m = mentionStarting[i] { last = m.end }
        else if let p = personAt[i], p.first == i { last = p.end }
        else if let r = roleStarting[i] { last = r.end }
        else if document.tokens[i].surface.first?.isUppercase == true, nameWordParty[document.folded(i)] != nil || namesWithoutParty[document.folded(i)] != nil {
            last = i + 1
        }
        guard var stop = last else { return nil }
        // "Sall et Barrow", "the Secretary and the Minister": the whole group.
        while stop + 1 < end, Self.andEt.contains(stop, in: document) {
            var k = stop + 1
            while k < end, Self.determinersBeforeTitles.contains(k, in: document) { k += 1 }
            guard k < end else { break }
            if let m = mentionStarting[k] { stop = m.end } else if let p = personAt[k], p.first == k { stop = p.end }
            else if let r = roleStarting[k] { stop = r.end } else { break }
        }
        return namedSubjectLeft(of: stop, limit: comma)
    }

    static let openingQuotes: MarkSet = ["«", "“", "\"", "„"]
    static let closingQuotes: MarkSet = ["»", "”", "\""]

    /// "« Nous allons doubler les échanges », a déclaré M. Belkacem", "\"We will…,\" the
    /// minister said": inside a quotation the speaker is the official named after it,
    /// and "we" is that official's side, not both.
    private func quotedSpeaker(_ head: Hit, _ range: Range<Int>) -> Subject? {
        guard document.language != .arabic, let open = range.first, Self.openingQuotes.contains(document.tokens[open].surface),
              let close = (open + 1..<range.upperBound).first(where: { Self.closingQuotes.contains(document.tokens[$0].surface) }),
              head.first < close else { return nil }
        for i in (close + 1)..<min(range.upperBound, close + 10) {
            if let p = personAt[i], let code = p.person.party { return .speaker(.parties([code]), dual: false) }
            if let r = roleStarting[i], let code = r.party { return .speaker(.parties([code]), dual: false) }
            if let m = mentionStarting[i], let code = m.code { return .speaker(.parties([code]), dual: false) }
            if document.tokens[i].surface.first?.isUppercase == true, let code = nameWordParty[document.folded(i)] {
                return .speaker(.parties([code]), dual: false)
            }
        }
        return nil
    }

    private func isBodyWord(_ i: Int) -> Bool {
        guard let a = document.analyses[i] else { return false }
        return Self.bodyWords.contains(a.foldedKey) || a.stemKeys.contains { Self.bodyWords.contains($0) }
    }

    private func groupRight(from start: Int, end: Int) -> Subject? {
        var codes: [PartyCode] = []
        var p = start
        // "قادة الأردن ومصر", "وزارة الخارجية الأردنية": skip the body's words.
        var skipped = 0
        if p < end, Self.arabicPronouns.contains(p, in: document) { return .pronoun }
        while p < end, skipped < 3, mentionStarting[p] == nil, roleStarting[p] == nil,
              isBodyWord(p) || Self.honorifics.contains(p, in: document) || Self.stateWords.contains(p, in: document) { p += 1; skipped += 1 }
        while p < end {
            if let m = mentionStarting[p] {
                if m.isKingdom, codes.isEmpty { return .kingdom }
                guard let code = m.code else {
                    // "المجلس الوزاري لمجلس التعاون": the council of a named party.
                    var k = m.end
                    while k < end, k < m.end + 2, mentionStarting[k] == nil, isBodyWord(k) { k += 1 }
                    if !m.isDual, let next = mentionStarting[k], let c = next.code, document.analyses[k]?.folded.hasPrefix("ل") == true {
                        return .speaker(.parties([c]), dual: false)
                    }
                    if codes.isEmpty, m.isPlural { return .plural }
                    return codes.isEmpty ? .speaker(.issuers, dual: m.isDual) : .speaker(.parties(unique(codes)), dual: false)
                }
                codes.append(code)
                p = m.end
            } else if let person = personAt[p], person.first == p {
                guard let code = person.person.party else { return codes.isEmpty ? .official(person.first) : .speaker(.issuers, dual: false) }
                codes.append(code)
                p = person.end
            } else if !codes.isEmpty, let role = roleStarting[p], let party = role.party {
                // "… ووزير الخارجية المصري": a second official by title alone.
                codes.append(party)
                p = role.end
            } else if codes.isEmpty, let role = roleStarting[p] {
                // "وأكد الوزير", "وشدد الناطق باسم الوزارة": a title standing for its holder.
                if let party = role.party { return .speaker(.parties([party]), dual: false) }
                if let person = persons.first(where: { $0.first >= role.first && $0.first < role.end + 2 }), let party = person.person.party {
                    return .speaker(.parties([party]), dual: false)
                }
                return .speaker(.issuers, dual: false)
            } else if codes.isEmpty, let a = document.analyses[p], namesWithoutParty[a.folded] != nil {
                // (Not the official: Arabic has no capitals to tell a name word from a common one.)
                return .speaker(.issuers, dual: false)
            } else if codes.isEmpty, let a = document.analyses[p], let party = nameWordParty[a.folded] {
                return .speaker(.parties([party]), dual: false)
            } else {
                break
            }
            // Chained by و: "الصين وباكستان", "دولة الكويت وجمهورية العراق".
            if p < document.tokens.count, Self.waw.contains(p, in: document) { p += 1; continue }
            if p + 1 < end, let a = document.analyses[p], a.bases.contains(where: { $0.prefix == "و" && Self.stateWords.contains($0.base) }),
               mentionStarting[p + 1]?.code != nil { p += 1; continue }
            if let next = mentionStarting[p], next.code != nil, document.folded(next.first).hasPrefix("و") { continue }
            // "الرئيس الروسي … وولي العهد السعودي …": a second official joined by و.
            if p < end, document.folded(p).hasPrefix("و"), personAt[p]?.first == p || roleStarting[p] != nil { continue }
            break
        }
        return codes.isEmpty ? nil : .speaker(.parties(unique(codes)), dual: false)
    }

    /// The nearest named speaker left of `index`, back to `limit`: parties
    /// joined by "and"/"و", a person by name or title, or "the two sides".
    private func namedSubjectLeft(of index: Int, limit: Int) -> Subject? {
        var i = index
        while i > limit {
            if let m = mentionEnding[i], m.first >= limit, !precededByPreposition(m.first) {
                if m.isKingdom { return .kingdom }
                guard m.code != nil else { return m.isPlural ? .plural : .speaker(.issuers, dual: m.isDual) }
                var codes: [PartyCode] = [m.code!]
                var start = m.first
                // "China and Pakistan", "Saudi Arabia, Egypt and Jordan", "الصين وباكستان".
                while start > limit {
                    var k = start
                    // "la Côte d'Ivoire et le Ghana": determiners sit between the names.
                    while k - 1 > limit, Self.determinersBeforeNames.contains(k - 1, in: document) { k -= 1 }
                    if Self.namesJoiners.contains(k - 1, in: document) { k -= 1 }
                    while k - 1 > limit, Self.determinersBeforeNames.contains(k - 1, in: document), mentionEnding[k] == nil { k -= 1 }
                    if let prev = mentionEnding[k], let code = prev.code, prev.first >= limit,
                       k < start || document.folded(start).hasPrefix("و") {
                        codes.insert(code, at: 0)
                        start = prev.first
                    } else {
                        break
                    }
                }
                return .speaker(.parties(unique(codes)), dual: false)
            }
            if let person = personEnding[i], person.first >= limit {
                if let code = person.person.party ?? person.nameWords.lazy.compactMap({ self.nameWordParty[$0] }).first {
                    // "Malaysian Prime Minister Aziz Rahman and Indonesian President Budi Santoso agreed".
                    var codes = [code]
                    var k = person.first
                    if let demonym = mentionEnding[k], demonym.first >= limit { k = demonym.first }
                    // "Hu Jintao and his Russian counterpart Dmitry Medvedev agreed": both.
                    while k - 1 > limit {
                        if let demonym = mentionEnding[k], demonym.first >= limit, demonym.first < k {
                            k = demonym.first
                        } else if Self.counterpartPhrase.contains(k - 1, in: document) {
                            k -= 1
                        } else {
                            break
                        }
                    }
                    if k - 1 > limit, Self.andEtWaw.contains(k - 1, in: document), let other = personEnding[k - 1], other.first >= limit {
                        // "Minister Kono and Minister Kang concurred": both, though one's country is said only later.
                        guard let c = other.person.party else { return .speaker(.issuers, dual: true) }
                        if c != code { codes.insert(c, at: 0) }
                        k = other.first
                    } else if k - 1 > limit, Self.andEt.contains(k - 1, in: document), let other = roleEnding[k - 1], other.first >= limit {
                        // "The Secretary and Foreign Minister Wulandari agreed": a bare title beside a named official.
                        guard let c = other.party else { return .speaker(.issuers, dual: true) }
                        if c != code { codes.insert(c, at: 0) }
                    } else if k - 2 > limit, Self.andEt.contains(k - 1, in: document), let other = surnameSpeaker(at: k - 2, limit: limit) {
                        // "Macky Sall et Adama Barrow ont exprimé": an official named before by title, now by name alone.
                        guard case let .speaker(.parties(c), _) = other else { return .speaker(.issuers, dual: true) }
                        codes = (c + codes).uniqued()
                    }
                    return .speaker(.parties(codes), dual: false)
                }
                // "MM. Bourita et Dkhoulkamal ont passé en revue": two officials, both sides.
                if person.first - 1 > limit, Self.andEtWaw.contains(person.first - 1, in: document), personEnding[person.first - 1] != nil {
                    return .speaker(.issuers, dual: true)
                }
                return .official(person.first)
            }
            if let role = roleEnding[i], role.first >= limit {
                // "The Secretary and the Foreign Minister agreed": both officials' sides.
                if let party = role.party {
                    var k = role.first
                    while k - 1 > limit, Self.determinersBeforeTitles.contains(k - 1, in: document) { k -= 1 }
                    if k - 1 > limit, Self.andEt.contains(k - 1, in: document), let other = roleEnding[k - 1], other.first >= limit {
                        // An unnamed title beside a named one is the home side: the issuer and its counterpart.
                        guard let otherParty = other.party else { return .speaker(.issuers, dual: true) }
                        return .speaker(.parties([otherParty, party].uniqued()), dual: false)
                    }
                    return .speaker(.parties([party]), dual: false)
                }
                if let holder = roleHolder[role.first] { return .official(holder) }
                return .speaker(.issuers, dual: false)
            }
            let folded = document.folded(i - 1)
            if let found = surnameSpeaker(at: i - 1, limit: limit) { return found }
            if document.language != .arabic, Self.pluralPronouns.contains(folded) { return .speaker(.issuers, dual: true) }
            if document.language != .arabic, Self.pronouns.contains(folded) { return .pronoun }
            i -= 1
        }
        return nil
    }

    /// An official named again by a name word alone ("Wang stressed", "Mr. Ban noted"),
    /// or two of them joined ("Pompeo and Kang reaffirmed"): both sides when
    /// their parties differ or one is not known yet.
    private func surnameSpeaker(at index: Int, limit: Int) -> Subject? {
        func known(_ i: Int) -> Subject? {
            guard document.language != .arabic, document.tokens[i].surface.first?.isUppercase == true else { return nil }
            let folded = document.folded(i)
            if let code = nameWordParty[folded] { return .speaker(.parties([code]), dual: false) }
            if let official = namesWithoutParty[folded] { return .official(official) }
            return nil
        }
        guard let found = known(index) else { return nil }
        // "Macky Sall et Adama Barrow": back over the name's other words to the conjunction.
        var start = index
        while start - 1 > limit, known(start - 1) != nil, !Self.andEt.contains(start - 1, in: document) { start -= 1 }
        guard start - 2 > limit, Self.andEt.contains(start - 1, in: document), let other = known(start - 2) else { return found }
        if case let .speaker(.parties(a), _) = other, case let .speaker(.parties(b), _) = found {
            return .speaker(.parties((a + b).uniqued()), dual: false)
        }
        return .speaker(.issuers, dual: true)
    }

    private func precededByPreposition(_ index: Int) -> Bool {
        guard index > 0, document.language != .arabic else { return false }
        let before = document.tokens[index - 1]
        if before.surface == "à" { return true }
        var k = index - 1
        if document.tokens[k].surface == "'" || document.tokens[k].surface == "’", k > 0 { k -= 1 }
        if Self.articlesLatin.contains(k, in: document), k > 0 { k -= 1 }
        if document.tokens[k].surface == "'" || document.tokens[k].surface == "’", k > 0 { k -= 1 }
        guard Self.prepositionsLatin.contains(k, in: document) else { return false }
        // "the leaders of Egypt and Jordan agreed": "of" after the speaking body is no preposition.
        if Self.ofLatin.contains(k, in: document), k > 0, isBodyWord(k - 1) { return false }
        return true
    }

    private func unique(_ codes: [PartyCode]) -> [PartyCode] {
        var seen: Set<PartyCode> = []
        return codes.filter { seen.insert($0).inserted }
    }

    // MARK: - Qualifications

    private func context(_ range: Range<Int>, head: Hit?) -> CommitmentContext? {
        if let head {
            if head.cue.role == .dissent { return .negated }
            let from = max(range.lowerBound, head.first - 3)
            // "ولم يتفق": the negator may carry a conjunction.
            if (from..<head.first).contains(where: { i in
                Self.negators.contains(i, in: document) || (document.analyses[i]?.bases.contains { Self.negators.contains($0.base) } ?? false)
            }) { return .negated }
            if head.end < range.upperBound, document.language == .french,
               (head.end..<min(range.upperBound, head.end + 2)).contains(where: { Self.pas.contains($0, in: document) }) { return .negated }
            // "will not accept", "would never": the negation follows the modal.
            if head.cue.role == .weak, document.language == .english,
               (head.end..<min(range.upperBound, head.end + 2)).contains(where: { Self.englishNegators.contains($0, in: document) }) { return .negated }
        }
        if range.contains(where: { Self.conditionals.contains(document.foldedKey($0)) }) { return .conditional }
        return nil
    }

    /// A year or a period the clause aims at: "2026", "2025–2029".
    private func target(_ range: Range<Int>) -> String? {
        let t = document.tokens
        for i in range where t[i].kind == .number {
            guard let y = Int(ArabicNormalizer.normalize(t[i].surface)), (1990...2100).contains(y), t[i].surface.count == 4 else { continue }
            if i + 2 < range.upperBound, Self.rangeMarks.contains(t[i + 1].surface), t[i + 2].kind == .number,
               let y2 = Int(ArabicNormalizer.normalize(t[i + 2].surface)), y2 > y, y2 <= 2100 {
                return document.cleanText(t[i].start, t[i + 2].end)
            }
            return document.cleanText(t[i].start, t[i].end)
        }
        return nil
    }
}

extension Array where Element == PartyCode {
    func uniqued() -> [PartyCode] {
        var seen: Set<PartyCode> = []
        return filter { seen.insert($0).inserted }
    }
}
