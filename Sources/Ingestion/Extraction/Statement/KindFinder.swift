import Model

/// Tells what kind of document the article reports, by `GUIDELINES.md`: from
/// what the headline and the lead call it ("بيان مشترك", "final communiqué"),
/// else from their shape (talks, a call, a summit's close, a press
/// conference), else from what the body calls it. The words are `kinds.txt`'s.
enum KindFinder {
    /// `kind-words.txt`, read once: its word classes by name.
    static let wordLists = WordLists("kind-words.txt")

    /// What a `kinds.txt` phrase says.
    enum Cue: Sendable, Hashable {
        /// The text calls its document this; `weak` for bare names ("statement", "communiqué").
        case name(StatementKind, weak: Bool)
        /// Words whose shape tells the kind.
        case shape(StatementKind)
        /// Before a name: the named document is another one (reacted to, or earlier).
        case other
        /// In a joint communiqué's sentence: a joint commission's.
        case commission
        /// Before a bare name across the issuers' names: a joint one.
        case joint
        /// "titled", "بعنوان": a final statement bearing a declaration's name is that declaration.
        case titled
        /// In a named declaration's sentence: a visit's, issued jointly by its two sides.
        case visit
        /// Right after a bare name: issued at the close of the meeting ("publié après la rencontre").
        case closing
        /// In that name's sentence: the two sides speak in it ("les deux parties ont convenu").
        case sides
    }

    /// The kind, the token positions where the article names its statement
    /// (to find the sentence that reports it), and the tokens that decided the kind.
    struct Finding {
        var kind: StatementKind
        var named: [Int]
        var evidence: Range<Int>?
    }

    static let matcher: PhraseMatcher<Cue> = {
        var matcher = PhraseMatcher<Cue>(gap: 0, lane: .kinds)
        for line in LexiconFile.lines("kinds.txt") {
            let (mark, phrase) = LexiconFile.head(line)
            guard !phrase.isEmpty, let cue = cue(mark) else { continue }
            matcher.add(phrase, value: cue)
        }
        return matcher
    }()

    /// `@english` lines: shapes spelled like another language's common word ("met", which
    /// French conjugates from "mettre"), read as shapes in English texts only.
    static let englishOnly: Set<String> = Set(LexiconFile.lines("kinds.txt").compactMap { line in
        let (mark, phrase) = LexiconFile.head(line)
        return mark == "@english" ? WordAnalysis.fold(phrase) : nil
    })

    private static func cue(_ mark: String) -> Cue? {
        switch mark {
        case "@other": return .other
        case "@commission": return .commission
        case "@joint": return .joint
        case "@titled": return .titled
        case "@visit": return .visit
        case "@closing": return .closing
        case "@sides": return .sides
        default: break
        }
        if mark.hasPrefix("~") { return StatementKind(rawValue: String(mark.dropFirst())).map(Cue.shape) }
        if mark.hasSuffix("?") { return StatementKind(rawValue: String(mark.dropLast())).map { .name($0, weak: true) } }
        return StatementKind(rawValue: mark).map { .name($0, weak: false) }
    }

    /// One phrase found: what it says, where, and how near the top.
    struct Candidate {
        var kind: StatementKind
        var weak: Bool
        var shape: Bool
        var tokens: Range<Int>
        /// Lexicon order: earlier entries are preferred.
        var entry: Int
        /// In the headline or the lead.
        var top: Bool
    }

    static func find(in document: Document, mentions: [PartyMention] = []) -> Finding {
        let leadEnd = Lead.end(in: document, sentences: Lead.kindSentences)
        let placeEnd = Lead.end(in: document)
        var candidates: [Candidate] = []
        var named: [Int] = []
        var others: Set<StatementKind> = []
        var titled: [Int] = []
        for line in document.lines where line.kind != .boilerplate {
            let matches = matcher.scan(line.tokens, in: document)
            for (index, match) in matches.enumerated() {
                if case .titled = matcher.entries[match.entry].value { titled.append(match.end) }
                guard case let .name(kind, weak) = matcher.entries[match.entry].value, suffixAllowed(match, document) else {
                    if case let .shape(kind) = matcher.entries[match.entry].value, match.first < leadEnd,
                       document.language == .english || !englishOnly.contains(matcher.entries[match.entry].folded) {
                        candidates.append(Candidate(kind: kind, weak: false, shape: true, tokens: match.first..<match.end, entry: match.entry, top: true))
                    }
                    continue
                }
                // Once the text reacts to a joint statement, "the joint statement" further on is that one too.
                if others.contains(kind) { continue }
                if isObjectOfStance(match.first, line.tokens, document) || isOther(match, matches[..<index], document) {
                    if !weak { others.insert(kind) }
                    continue
                }
                // A bare name far down ("recalls its communiqué of May") is no sign of the statement's sentence.
                if line.kind == .prose || line.kind == .bullet, !weak || match.first < placeEnd { named.append(match.first) }
                var candidate = Candidate(kind: kind, weak: weak, shape: false, tokens: match.first..<match.end, entry: match.entry, top: match.first < leadEnd)
                if kind == .declaration, weak {
                    // Only a declaration under its own name is one; a bare one is some party's statement.
                    guard let name = DeclarationName.span(of: match, in: document),
                          !isDatedName(endingAt: name.upperBound, line.tokens, document) else { continue }
                    candidate.weak = false
                    candidate.tokens = name
                    // "إعلان قرطاج" issued on a state visit: the two leaders' joint statement, not a summit's declaration.
                    if sentence(of: match, line.tokens, document, has: .visit) { candidate.kind = .jointStatement }
                }
                // "le communiqué final ayant sanctionné la visite officielle": a bilateral visit's final
                // text is its two sides' joint statement, unless the sentence names a meeting (a summit's
                // final communiqué on a leader's visit). ("Les deux chefs d'État" name no body here.)
                if kind == .communique, !weak, sentence(of: match, line.tokens, document, has: .visit), !namesMeeting(match.first, document) {
                    candidate.kind = .jointStatement
                }
                if kind == .jointStatement, sentence(of: match, line.tokens, document, has: .commission)
                    || isOrganisations(match, line.tokens, document, mentions) {
                    candidate.kind = .communique
                }
                if weak, kind != .declaration, let joint = jointStart(match, matches[..<index], document) {
                    candidate.kind = .jointStatement
                    candidate.weak = false
                    candidate.tokens = joint..<match.end
                }
                if weak, kind != .declaration, isClosingText(match, matches[index...].dropFirst(), line.tokens, document) {
                    candidate.kind = .jointStatement
                    candidate.weak = false
                }
                candidates.append(candidate)
            }
        }
        var decisive = choose(candidates)
        // "the summit's final statement, titled 'the Riyadh Declaration'": that declaration.
        if let chosen = decisive, chosen.kind == .communique, let declared = candidates.first(where: { c in
            c.kind == .declaration && !c.weak && titled.contains { $0 >= chosen.tokens.upperBound && $0 <= c.tokens.lowerBound && c.tokens.lowerBound - $0 <= 2 }
        }) {
            decisive = declared
        }
        if let decisive, !decisive.shape, !named.contains(decisive.tokens.lowerBound) { named.append(decisive.tokens.lowerBound) }
        var kind = decisive?.kind ?? .newsReport
        if let decisive, kind == .communique, decisive.weak, !isMeetings(decisive.tokens.lowerBound, document) { kind = .pressStatement }
        return Finding(kind: kind, named: named, evidence: decisive?.tokens)
    }

    /// Strong names at the top; then a press conference; then a joint statement
    /// or a final communiqué named further down (the document behind talks);
    /// then talks or a call, a summit's close; then weak names at the top; then
    /// names further down; then, with no document named, a ministry speaking.
    /// One party's statement about talks or a call is its readout.
    static func choose(_ candidates: [Candidate]) -> Candidate? {
        let chosen = rank(candidates)
        if chosen?.kind == .pressStatement, let talks = candidates.first(where: { $0.shape && $0.kind == .readout }) { return talks }
        return chosen
    }

    static func rank(_ candidates: [Candidate]) -> Candidate? {
        func first(_ test: (Candidate) -> Bool) -> Candidate? {
            candidates.filter(test).min { ($0.entry, $0.tokens.lowerBound) < ($1.entry, $1.tokens.lowerBound) }
        }
        func shape(_ kind: StatementKind) -> Candidate? {
            candidates.first { $0.shape && $0.kind == kind }
        }
        return first { $0.top && !$0.shape && !$0.weak }
            ?? shape(.newsReport)
            ?? first { !$0.shape && !$0.weak && ($0.kind == .jointStatement || $0.kind == .communique) }
            ?? shape(.readout) ?? shape(.communique)
            ?? first { $0.top && !$0.shape }
            ?? first { !$0.shape && !$0.weak }
            ?? first { !$0.shape }
            ?? shape(.pressStatement)
    }

    /// Whether the sentence of a bare "communiqué" names a meeting, a summit or a council that
    /// issued it: without one, the communiqué is one party's own (GUIDELINES: press_statement).
    static func isMeetings(_ index: Int, _ document: Document) -> Bool {
        namesMeeting(index, document, orBody: true)
    }

    /// Whether the sentence at `index` names a meeting ("summit", "session", "القمة"), or with
    /// `orBody` a gathering body ("the council", "heads of state"); true outside any sentence.
    static func namesMeeting(_ index: Int, _ document: Document, orBody: Bool = false) -> Bool {
        guard let sentence = document.sentences.first(where: { $0.tokens.contains(index) })?.tokens else { return true }
        return sentence.contains { IssuerFinder.links.meeting.contains($0, in: document) || orBody && GatheringBodies.isGathering($0, document) }
    }

    /// Arabic names take only the pronoun suffixes of "بيانهما", "بيانه".
    static func suffixAllowed(_ match: PhraseMatcher<Cue>.Match, _ document: Document) -> Bool {
        match.reading.suffix.isEmpty || document.language != .arabic || ["ه", "هما", "ها", "هم", "ا"].contains(match.reading.suffix)
    }

    /// "in response to the joint statement", "months after the joint declaration":
    /// an `@other` phrase ending at most five words before the name, in its sentence.
    static func isOther(_ match: PhraseMatcher<Cue>.Match, _ before: ArraySlice<PhraseMatcher<Cue>.Match>, _ document: Document) -> Bool {
        before.reversed().prefix(4).contains { m in
            guard case .other = matcher.entries[m.entry].value else { return false }
            return match.first - m.end <= 5 && !(m.end..<match.first).contains { isSentenceEnd($0, document) }
        }
    }

    /// Between the names of a joint statement's parties: hyphens, "/", "&", "and" (as written).
    static let jointJoiners = wordLists.written("joint-joiner")

    /// "a joint Gulf Cooperation Council-Russian statement", "a joint US-Japan statement": a bare
    /// name after "joint" with only capitalised names, hyphens and "and" between is a joint one.
    /// Returns where "joint" stands.
    static func jointStart(_ match: PhraseMatcher<Cue>.Match, _ before: ArraySlice<PhraseMatcher<Cue>.Match>, _ document: Document) -> Int? {
        guard let joint = before.last(where: { if case .joint = matcher.entries[$0.entry].value { return true } else { return false } }),
              match.first > joint.end, match.first - joint.end <= 6 else { return nil }
        let named = (joint.end..<match.first).allSatisfy { k in
            let surface = document.tokens[k].surface
            if jointJoiners.contains(surface) { return true }
            return surface.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        }
        return named ? joint.first : nil
    }

    /// "the Lima Declaration of 2019", "la déclaration de Baabda de juin 2012", "إعلان ليما لعام 2019":
    /// a name followed by a year of its own (after its month or not) recalls an earlier document;
    /// the statement is named otherwise, or not at all. (A full day, "Déclaration de Tunis du 28
    /// août 2022", is how a declaration's own title may date it.)
    static func isDatedName(endingAt end: Int, _ line: Range<Int>, _ document: Document) -> Bool {
        guard end < line.upperBound, dateLinks.contains(end, in: document) else { return false }
        var k = end + 1
        if k < line.upperBound, let month = DateLexicon.shared.matcher.lookUp(at: k, in: document).first(where: { m in
            if case .month = DateLexicon.shared.matcher.entries[m.entry].value { return true }
            return false
        }) {
            k = month.end
        }
        guard k < line.upperBound, let year = document.number(k) else { return false }
        return DateFinder.gregorianYears.contains(year)
    }

    /// Between a document's name and a date of its own ("of", "de", "لعام"; as written).
    static let dateLinks = wordLists.written("date-link")

    /// Whether the name's sentence holds a `cue` word: a joint communiqué that names a joint
    /// commission is that commission's communique; a named declaration of a visit is a joint statement.
    static func sentence(of match: PhraseMatcher<Cue>.Match, _ line: Range<Int>, _ document: Document, has cue: Cue) -> Bool {
        let sentence = document.sentences.first { $0.tokens.contains(match.first) }?.tokens ?? line
        return matcher.scan(sentence, in: document).contains { matcher.entries[$0.entry].value == cue }
    }

    /// "Selon le communiqué publié après la rencontre, les deux parties ont convenu…": a bare
    /// name issued at the meeting's close, in whose sentence the two sides speak, is their
    /// joint text, not one side's account of the meeting.
    static func isClosingText(
        _ match: PhraseMatcher<Cue>.Match, _ after: ArraySlice<PhraseMatcher<Cue>.Match>, _ line: Range<Int>, _ document: Document
    ) -> Bool {
        guard let next = after.first, matcher.entries[next.entry].value == .closing, next.first - match.end <= 1 else { return false }
        return sentence(of: match, line, document, has: .sides)
    }

    /// "ASEAN foreign ministers issue a joint communiqué": a joint communiqué whose sentence
    /// names one organisation and no state is that organisation's meeting's (GUIDELINES:
    /// communique, including an organisation's), not a text of two parties.
    static func isOrganisations(
        _ match: PhraseMatcher<Cue>.Match, _ line: Range<Int>, _ document: Document, _ mentions: [PartyMention]
    ) -> Bool {
        let sentence = document.sentences.first { $0.tokens.contains(match.first) }?.tokens ?? line
        let named = Set(mentions.lazy.filter { sentence.contains($0.first) && !$0.isPlace }.compactMap(\.code))
        return named.count == 1 && named.allSatisfy { Organization.named($0) != nil }
    }

    static func isSentenceEnd(_ index: Int, _ document: Document) -> Bool {
        [".", "!", "?", "؟", ";", "؛"].contains(document.tokens[index].surface)
    }

    /// Prepositions before a document's name that make it the means, not the object.
    private static let meansPrepositions = KindFinder.wordLists.written("means-preposition")

    /// Whether the Arabic word at `index` carries a preposition ("بالبيان", "للبيان").
    static func startsWithPreposition(_ index: Int, _ document: Document) -> Bool {
        guard let prefix = document.analyses[index]?.bases.last?.prefix else { return false }
        return prefix.withoutArticle.unicodeScalars.contains { $0 == "ب" || $0 == "ل" || $0 == "ك" }
    }

    /// "rejected a joint statement by Egypt and Sudan", "رحب بالبيان": another
    /// party's statement, the object of this one's stance, is not its kind.
    static func isObjectOfStance(_ index: Int, _ range: Range<Int>, _ document: Document) -> Bool {
        let cues = CueLexicon.of(document.language)
        // "a salué, dans un communiqué, …": a name that opens with its preposition is the means.
        var k = index
        while k >= range.lowerBound, k >= index - 3 {
            if meansPrepositions.contains(k, in: document) { return false }
            if let m = cues.matcher.matches(at: k, in: document).first, let type = cues.matcher.entries[m.entry].value.type,
               type != .pledge, type != .position {
                // "ودعا البيان الختامي …": Arabic puts the verb first; a name right after it, with no preposition, is its subject.
                if document.language == .arabic, k == index - 1, !startsWithPreposition(index, document) { return false }
                return true
            }
            k -= 1
        }
        return false
    }
}
