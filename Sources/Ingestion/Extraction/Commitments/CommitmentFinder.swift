import Model
import TextAnalysis

/// Finds commitment clauses: each sentence that holds a cue is cut into
/// clauses at new finite verbs ("…، داعيين إلى…", "and called for…"), at
/// new stances of another type ("، ومعارضتها…") and at new pledges inside
/// a stance ("التأكيد على … وتنفيذ …"); each bullet of an outcomes list is
/// a clause of its own. Each clause gets a type, a speaker, topics, a
/// negated/conditional context and a target year.
struct CommitmentFinder {
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

    private var roleStarting: [Int: RoleMention] = [:]
    private var roleEnding: [Int: RoleMention] = [:]
    /// Folded name words of persons whose party is not known: they speak for the issuers.
    private var namesWithoutParty: Set<String> = []

    init(document: Document, parties: [PartyMention], persons: [PersonMention], roles: [RoleMention]) {
        self.document = document
        self.parties = parties
        self.persons = persons
        self.roles = roles
        // A bare title ("the minister", "وزير الخارجية") stands for the article's own side
        // unless its holder was named with a party.
        for r in roles {
            if roleStarting[r.first] == nil { roleStarting[r.first] = r }
            roleEnding[r.end] = r
        }
        cues = CueLexicon.of(document.language)
        topics = TopicClassifier.of(document.language)
        for m in parties where !m.isPlace {
            mentionStarting[m.first] = m
            mentionEnding[m.end] = m
        }
        for p in persons {
            for i in p.first..<p.end { personAt[i] = p }
            personEnding[p.end] = p
            if let party = p.person.party {
                for w in p.nameWords where w.count > 2 { nameWordParty[w] = party }
            } else {
                for w in p.nameWords where w.count > 2 { namesWithoutParty.insert(w) }
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
    static let arabicGoverning: Set<String> = Set(["على", "الى", "عن", "في", "من", "و", "ان"].map(WordAnalysis.fold))
    /// Honorifics before a title ("وأكد سمو وزير الخارجية").
    static let honorifics: Set<String> = Set(["سمو", "معالي", "فخامه", "جلاله", "صاحب", "السمو", "سعاده", "دوله", "الرئيس"].map(WordAnalysis.fold))
    /// Pronoun-like subjects standing for the last speaker ("ودعا سموه").
    static let arabicPronouns: Set<String> = Set(["سموه", "معاليه", "فخامته", "جلالته", "سيادته", "دولته", "سموها", "معاليها"].map(WordAnalysis.fold))
    /// Markers of a stance recalled from before this statement.
    static let pluperfect: Set<String> = Set(["قد", "كان", "كانت", "سبق", "had", "avait", "avaient"].map(WordAnalysis.fold))
    static let possessives: Set<String> = ["ه", "ها", "هما", "هم", "هن", "نا", "كم"]
    static let latinNonFinite: Set<String> = [
        "to", "the", "a", "an", "its", "their", "his", "her", "our", "for", "of", "in", "with", "by", "this", "full",
        "strong", "firm", "continued", "unwavering", "such", "mutual", "le", "la", "les", "l", "un", "une", "son", "sa",
        "ses", "leur", "leurs", "du", "de", "d", "des", "au", "aux", "pour", "par", "ce", "cette", "sur", "en", "and",
        "et", "no", "any", "without", "sans",
    ]
    static let separatorsLatin: Set<String> = ["and", "while", "but", "whereas", "et", "tandis", "mais", "alors", "also"]
    static let commas: Set<String> = [",", "،", ";", "؛", ":"]
    static let negators: Set<String> = ["لم", "لن", "لا", "ليس", "عدم", "not", "never", "no", "ne", "n", "pas", "jamais", "didn", "refused", "refuse"]
    static let conditionals: Set<String> = ["if", "unless", "provided", "si", "اذا", "لو", "شريطه", "بشرط", "شرط", "condition"]
    static let commitmentStems: Set<String> = ["التزم", "التزام", "يلتزم", "commit", "commitment", "engag", "engagement"]
    static let prepositionsLatin: Set<String> = [
        "with", "of", "to", "for", "in", "on", "against", "between", "from", "by", "avec", "de", "a", "pour", "contre",
        "entre", "du", "des", "par", "aux", "au", "towards", "toward", "envers", "vers",
    ]
    static let pronouns: Set<String> = ["they", "he", "she", "it", "ils", "elles", "il", "elle", "both", "we", "nous"]

    func find() -> [Clause] {
        var clauses: [Clause] = []
        for sentence in document.sentences {
            clauses += clausesOf(sentence, previous: clauses.last)
        }
        return clauses
    }

    private func clausesOf(_ sentence: Document.Sentence, previous: Clause?) -> [Clause] {
        let range = sentence.tokens
        var hits = cues.matcher.scan(range, in: document).map { m -> Hit in
            Hit(first: m.first, end: m.end, cue: cues.matcher.entries[m.entry].value, reading: m.reading,
                stem: WordAnalysis.fold(cues.matcher.entries[m.entry].written))
        }
        if document.language == .french { hits = withFrenchFutures(hits, in: range) }
        // "army-backed", "EU-backed": a cue inside a compound adjective is no stance.
        hits.removeAll { $0.first > 0 && document.tokens[$0.first].attached && ["-", "‑", "–"].contains(document.tokens[$0.first - 1].surface) }
        for i in hits.indices { hits[i].isHead = isHead(hits[i], in: range, bullet: sentence.isBullet) }
        let stanceHits = hits.filter { $0.cue.type != nil }
        if !sentence.isBullet, !hits.contains(where: \.isHead) { return [] }
        if sentence.isBullet, range.filter({ document.tokens[$0].kind == .word }).count < 2 { return [] }

        // Where clauses start, and with what type and head.
        var starts: [(start: Int, type: CommitmentType, head: Hit?)] = []
        if sentence.isBullet {
            let leading = range.prefix(while: { _ in true }).filter { document.tokens[$0].kind == .word }.prefix(2)
            if let first = stanceHits.first, leading.contains(first.first) {
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
            if hit.isHead, hit.cue.type != nil {
                if let split = separator(before: hit, after: current.head?.end ?? current.start) {
                    starts.append((split, effectiveType(hit, in: range, hits), hit))
                }
            } else if let type = hit.cue.type, type != current.type, document.language == .arabic,
                      hit.reading.prefix == "و", Self.possessives.contains(hit.reading.suffix),
                      hit.first > range.lowerBound, Self.commas.contains(document.tokens[hit.first - 1].surface) {
                // "…، ومعارضتها لأي شكل…": a coordinated stance of another type.
                starts.append((hit.first, type, hit))
            } else if hit.cue.type == nil, current.type != .pledge, hit.reading.prefix == "و" || precededByAnd(hit) {
                // "التأكيد على الشراكة … وتنفيذ خطة العمل": a pledge inside a stance.
                starts.append((precededByAnd(hit) ? hit.first - 1 : hit.first, .pledge, nil))
            }
        }

        var result: [Clause] = []
        var inherited: (Clause.Speaker, Bool)? = nil
        for (k, s) in starts.enumerated() {
            var end = k + 1 < starts.count ? starts[k + 1].start : range.upperBound
            while end > s.start + 1, Self.commas.contains(document.tokens[end - 1].surface)
                    || ["and", "et", "و"].contains(document.folded(end - 1)) { end -= 1 }
            guard end > s.start else { continue }
            var found: Subject? = nil
            if let head = s.head { found = subject(of: head, clauseStart: s.start, sentenceStart: range.lowerBound, end: end) }
            var resolved: (Clause.Speaker, Bool)
            var named = false
            switch found {
            case let .speaker(speaker, dual)?:
                resolved = (speaker, dual)
                if case .parties = speaker { named = true }
            case .pronoun?:
                // "Elle a rappelé…", "He also stressed…": the previous clause's speaker.
                resolved = inherited ?? previous.map { ($0.speaker, $0.speakerIsDual) } ?? (.issuers, false)
                named = inherited == nil && previous?.speakerNamed == true
            case nil:
                if let head = s.head, head.cue.role == .weak, !sentence.isBullet { continue }
                resolved = inherited ?? (.issuers, false)
            }
            inherited = resolved
            var clause = Clause(
                first: s.start, end: end, type: s.type, speaker: resolved.0, speakerNamed: named,
                topics: topics.topics(s.start..<end, in: document),
                context: context(s.start..<end, head: s.head), target: target(s.start..<end))
            clause.speakerIsDual = resolved.1
            if let head = s.head {
                let from = max(s.start, head.first - 4)
                clause.isBackground = (from..<head.first).contains { Self.pluperfect.contains(document.folded($0)) }
            }
            result.append(clause)
        }
        return result
    }

    /// French verbs in the future tense ("La France continuera de soutenir")
    /// pledge, when a party speaks: a rule on the ending, not a list of verbs.
    private func withFrenchFutures(_ hits: [Hit], in range: Range<Int>) -> [Hit] {
        var result = hits
        let taken = Set(hits.flatMap { Array($0.first..<$0.end) })
        for i in range where !taken.contains(i) && document.tokens[i].kind == .word {
            let word = document.folded(i)
            guard word.count >= 6, ["era", "eront", "ira", "iront"].contains(where: { word.hasSuffix($0) }) else { continue }
            result.append(Hit(first: i, end: i + 1, cue: .init(type: .pledge, role: .weak),
                              reading: .init(prefix: "", stem: word, suffix: ""), stem: word))
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
        case .noun: return false
        case .participle: return afterComma
        case .weak:
            guard hit.first > range.lowerBound else { return false }
            if case .speaker? = namedSubjectLeft(of: hit.first, limit: max(range.lowerBound, hit.first - 3)) { return true }
            return false
        case .verb:
            break
        }
        if document.language == .arabic {
            let prefix = hit.reading.prefix
            if prefix.contains("ال") || prefix.hasSuffix("ب") || prefix.hasSuffix("ل") || prefix.hasSuffix("ك") { return false }
            if Self.possessives.contains(hit.reading.suffix) { return false }
            if before != nil, Self.arabicGoverning.contains(document.folded(hit.first - 1)),
               hit.reading.suffix.isEmpty, cues.ambiguousStems.contains(hit.reading.stem) { return false }
            if hit.reading.suffix.isEmpty, cues.ambiguousStems.contains(hit.reading.stem) {
                // Bare دعم / تعهد / رفض: a verb when its subject follows, but a
                // noun in an outcomes list, whose items are nominal ("ودعم الصين لسيادة باكستان").
                if bullet { return false }
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
        if Self.latinNonFinite.contains(folded), !(folded == "and" || folded == "et") { return false }
        if folded == "and" || folded == "et" {
            // "and support" after a modal or "to" is an infinitive; after a subject or a comma, a verb.
            let surface = document.tokens[hit.first].surface.lowercased()
            return surface.hasSuffix("ed") || surface.hasSuffix("s") || surface.hasSuffix("ent") || surface.hasSuffix("é")
                || surface.hasSuffix("és") || surface.hasSuffix("ont")
        }
        if hit.reading.suffix == "ing" { return afterComma }
        if document.language == .french {
            let surface = document.tokens[hit.first].surface.lowercased()
            if surface.hasSuffix("er") || surface.hasSuffix("ir") { return false }  // an infinitive
            if surface.hasSuffix("ant") { return afterComma }
        }
        return true
    }

    private func precededByAnd(_ hit: Hit) -> Bool {
        document.language != .arabic && hit.first > 0 && ["and", "et"].contains(document.folded(hit.first - 1))
    }

    /// Where a new head's clause begins: after the nearest comma, at the
    /// nearest "and"/"et", or at the head itself when it carries و/ف or
    /// follows كما. nil when nothing separates it from the previous head.
    private func separator(before hit: Hit, after floor: Int) -> Int? {
        if document.language == .arabic {
            if hit.first - 1 >= floor, document.folded(hit.first - 1) == "كما" {
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
                    || namedSubjectLeft(of: hit.first, limit: i) != nil || i + 1 == hit.first {
                    return i + 1
                }
            }
            if Self.separatorsLatin.contains(document.folded(i)), document.language != .arabic { return i }
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
        if head.cue.type == .position {
            var words = 0
            var i = head.end
            while i < range.upperBound, words <= 5 {
                if document.tokens[i].kind == .word { words += 1 }
                if let noun = hits.first(where: { $0.first == i }) {
                    if noun.isHead { break }
                    if let t = noun.cue.type, t != .position, !noun.reading.prefix.hasPrefix("و") { chosen = noun }
                    break
                }
                i += 1
            }
        }
        guard let type = chosen.cue.type else { return .pledge }
        if type == .pledge, Self.commitmentStems.contains(chosen.stem) || Self.commitmentStems.contains(chosen.reading.stem) {
            return commitsToAction(after: chosen.end, in: range, hits) ? .pledge : .support
        }
        return type
    }

    private func commitsToAction(after index: Int, in range: Range<Int>, _ hits: [Hit]) -> Bool {
        var i = index
        var steps = 0
        while i < range.upperBound, steps < 4 {
            let token = document.tokens[i]
            if token.kind == .word {
                steps += 1
                let folded = document.folded(i)
                let isPreposition = ["to", "a", "à", "ب", "envers", "towards", "in"].contains(folded)
                    || (document.analyses[i]?.bases.contains { $0.prefix.hasSuffix("ب") } ?? false)
                if isPreposition {
                    // The action may be this very word (بتعزيز) or the next one (بـ”تعميق, to deepening).
                    if hits.contains(where: { $0.first == i && $0.cue.type == nil }) { return true }
                    if let a = document.analyses[i], actionWord(a) { return true }
                    var j = i + 1
                    while j < range.upperBound, document.tokens[j].kind == .punctuation { j += 1 }
                    if j < range.upperBound, let a = document.analyses[j], actionWord(a) { return true }
                    return false
                }
            }
            i += 1
        }
        return true
    }

    private func actionWord(_ analysis: WordAnalysis) -> Bool {
        let probe = analysis.readings.map(\.stem) + analysis.bases.map(\.base)
        return cues.matcher.entries.contains { entry in
            guard entry.value.type == nil, entry.patterns.count == 1 else { return false }
            switch entry.patterns[0] {
            case let .stem(s): return probe.contains(s)
            case let .prefix(p): return probe.contains { $0.hasPrefix(p) }
            case .mark: return false
            }
        }
    }

    // MARK: - Speakers

    enum Subject {
        case speaker(Clause.Speaker, dual: Bool)
        /// "he", "elle", "they": whoever spoke last.
        case pronoun
    }

    /// Words for the body that speaks for a party: "قادة الأردن", "وزارة
    /// الخارجية الأردنية", "the leaders of", "le ministère … de".
    static let bodyWords: Set<String> = [
        "قاده", "زعماء", "رءساء", "وزراء", "وزاره", "حكومه", "حكومات", "مجلس", "المجلس", "الوزاري", "خارجيه",
        "الخارجيه", "وفد", "وفدا", "leaders", "ministers", "ministry", "government", "governments", "council", "heads",
        "foreign", "delegation", "delegations", "dirigeants", "ministres", "ministere", "gouvernement", "conseil",
        "chefs", "delegation", "affaires", "etrangeres",
    ]

    /// Who speaks in the clause: the subject after an Arabic verb
    /// ("وأكد البلدان", "أعادت باكستان التأكيد"), or before it ("الجانبين
    /// دعوا", "China and Pakistan agreed", "Wang stressed").
    private func subject(of head: Hit, clauseStart: Int, sentenceStart: Int, end: Int) -> Subject? {
        // "، داعيا مجلس الأمن إلى": a participle agrees with the sentence's subject; what follows is its object.
        if head.cue.role == .participle || (head.reading.suffix == "ing" && document.language == .english) { return .pronoun }
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
        return namedSubjectLeft(of: head.first, limit: max(sentenceStart, clauseStart == sentenceStart ? head.first - 15 : clauseStart))
    }

    private func isBodyWord(_ i: Int) -> Bool {
        guard let a = document.analyses[i] else { return false }
        return Self.bodyWords.contains(a.folded) || a.readings.contains { Self.bodyWords.contains($0.stem) }
    }

    private func groupRight(from start: Int, end: Int) -> Subject? {
        var codes: [PartyCode] = []
        var p = start
        // "قادة الأردن ومصر", "وزارة الخارجية الأردنية": skip the body's words.
        var skipped = 0
        if p < end, Self.arabicPronouns.contains(document.folded(p)) { return .pronoun }
        while p < end, skipped < 3, mentionStarting[p] == nil, roleStarting[p] == nil,
              isBodyWord(p) || Self.honorifics.contains(document.folded(p)) { p += 1; skipped += 1 }
        while p < end {
            if let m = mentionStarting[p] {
                guard let code = m.code else {
                    // "المجلس الوزاري لمجلس التعاون": the council of a named party.
                    var k = m.end
                    while k < end, k < m.end + 2, mentionStarting[k] == nil, isBodyWord(k) { k += 1 }
                    if !m.isDual, let next = mentionStarting[k], let c = next.code, document.analyses[k]?.folded.hasPrefix("ل") == true {
                        return .speaker(.parties([c]), dual: false)
                    }
                    return codes.isEmpty ? .speaker(.issuers, dual: m.isDual) : .speaker(.parties(unique(codes)), dual: false)
                }
                codes.append(code)
                p = m.end
            } else if let person = personAt[p], person.first == p {
                guard let code = person.person.party else { return .speaker(.issuers, dual: false) }
                codes.append(code)
                p = person.end
            } else if codes.isEmpty, let role = roleStarting[p] {
                // "وأكد الوزير", "وشدد الناطق باسم الوزارة": a title standing for its holder.
                if let party = role.party { return .speaker(.parties([party]), dual: false) }
                if let person = persons.first(where: { $0.first >= role.first && $0.first < role.end + 2 }), let party = person.person.party {
                    return .speaker(.parties([party]), dual: false)
                }
                return .speaker(.issuers, dual: false)
            } else if codes.isEmpty, let a = document.analyses[p], namesWithoutParty.contains(a.folded) {
                return .speaker(.issuers, dual: false)
            } else if codes.isEmpty, let a = document.analyses[p], let party = nameWordParty[a.folded] {
                return .speaker(.parties([party]), dual: false)
            } else {
                break
            }
            // Chained by و: "الصين وباكستان".
            if p < document.tokens.count, document.folded(p) == "و" { p += 1; continue }
            if let next = mentionStarting[p], next.code != nil, document.folded(next.first).hasPrefix("و") { continue }
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
                guard m.code != nil else { return .speaker(.issuers, dual: m.isDual) }
                var codes: [PartyCode] = [m.code!]
                var start = m.first
                // "China and Pakistan", "Saudi Arabia, Egypt and Jordan", "الصين وباكستان".
                while start > limit {
                    var k = start
                    if ["and", "et", "و", ",", "،"].contains(document.folded(k - 1)) { k -= 1 }
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
                if let code = person.person.party { return .speaker(.parties([code]), dual: false) }
                return .speaker(.issuers, dual: false)
            }
            if let role = roleEnding[i], role.first >= limit {
                if let party = role.party { return .speaker(.parties([party]), dual: false) }
                return .speaker(.issuers, dual: false)
            }
            let folded = document.folded(i - 1)
            if document.language != .arabic, document.tokens[i - 1].surface.first?.isUppercase == true {
                if let code = nameWordParty[folded] { return .speaker(.parties([code]), dual: false) }
                if namesWithoutParty.contains(folded) { return .speaker(.issuers, dual: false) }
            }
            if document.language != .arabic, Self.pronouns.contains(folded) { return .pronoun }
            i -= 1
        }
        return nil
    }

    private func precededByPreposition(_ index: Int) -> Bool {
        guard index > 0, document.language != .arabic else { return false }
        let before = document.tokens[index - 1]
        if before.surface == "à" { return true }
        var k = index - 1
        if document.tokens[k].surface == "'" || document.tokens[k].surface == "’", k > 0 { k -= 1 }
        if ["the", "la", "le", "l", "les"].contains(document.folded(k)), k > 0 { k -= 1 }
        if document.tokens[k].surface == "'" || document.tokens[k].surface == "’", k > 0 { k -= 1 }
        guard Self.prepositionsLatin.contains(document.folded(k)) else { return false }
        // "the leaders of Egypt and Jordan agreed": "of" after the speaking body is no preposition.
        if ["of", "de", "d", "du", "des"].contains(document.folded(k)), k > 0, isBodyWord(k - 1) { return false }
        return true
    }

    private func unique(_ codes: [PartyCode]) -> [PartyCode] {
        var seen: Set<PartyCode> = []
        return codes.filter { seen.insert($0).inserted }
    }

    // MARK: - Qualifications

    private func context(_ range: Range<Int>, head: Hit?) -> CommitmentContext? {
        if let head {
            let from = max(range.lowerBound, head.first - 3)
            if (from..<head.first).contains(where: { Self.negators.contains(document.folded($0)) }) { return .negated }
            if head.end < range.upperBound, document.language == .french,
               (head.end..<min(range.upperBound, head.end + 2)).contains(where: { document.folded($0) == "pas" }) { return .negated }
        }
        if range.contains(where: { Self.conditionals.contains(document.folded($0)) }) { return .conditional }
        return nil
    }

    /// A year or a period the clause aims at: "2026", "2025–2029".
    private func target(_ range: Range<Int>) -> String? {
        let t = document.tokens
        for i in range where t[i].kind == .number {
            guard let y = Int(ArabicNormalizer.normalize(t[i].surface)), (1990...2100).contains(y), t[i].surface.count == 4 else { continue }
            if i + 2 < range.upperBound, ["-", "–", "—", "/"].contains(t[i + 1].surface), t[i + 2].kind == .number,
               let y2 = Int(ArabicNormalizer.normalize(t[i + 2].surface)), y2 > y, y2 <= 2100 {
                return document.cleanText(t[i].start, t[i + 2].end)
            }
            return document.cleanText(t[i].start, t[i].end)
        }
        return nil
    }
}
