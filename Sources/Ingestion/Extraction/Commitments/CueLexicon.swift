import Model

/// The cue words of one language (`cues-xx.txt`): what marks a clause as a
/// pledge, support, position, call, welcome or condemnation, and how the
/// cue behaves in its sentence.
struct CueLexicon: LanguageLexicon {
    enum Role: Sendable, Hashable {
        /// A finite verb: heads a clause of its own.
        case verb
        /// A noun: continues the clause it stands in.
        case noun
        /// A participle: heads a clause after a comma.
        case participle
        /// A weak cue ("will"): heads a clause only when a party speaks.
        case weak
        /// A dissent ("abstained", "تحفظت على", "opposed the statement"): a finite
        /// verb whose speaker withholds assent, so the clause is negated and its
        /// speaker is no maker of the statement.
        case dissent
        /// A verdict ("unacceptable", "illegal", "غير مقبول"): in a stance's complement, it makes
        /// the stance a condemnation of what it judges; it heads no clause.
        case verdict
    }

    struct Cue: Sendable, Hashable {
        /// nil for action words, which are no stance of their own.
        var type: CommitmentType?
        var role: Role
    }

    let matcher: PhraseMatcher<Cue>
    /// Stems listed both as verb and noun (دعم، تعهد، رفض): bare, they are
    /// read as verbs only when a party follows.
    /// (Keys: asked of Arabic stems, which a `Set<String>` normalised to hash.)
    let ambiguousStems: WordSet
    /// The stems of the one-word action entries ("تعزيز", "implement"), and
    /// their prefixes ("renforc*"), which `CommitmentFinder` asks of a word
    /// after a commitment: gathered once, not walked entry by entry per word.
    let actionStems: WordSet
    let actionPrefixes: [String]
    /// Finite verbs read as written (`H`): folding would make them a common
    /// word ("هنّأ" → "هنا", here), so their hamza decides.
    let writtenVerbs: [(written: String, type: CommitmentType)]
    /// The folded forms a written verb may take (with و or ف before it, a
    /// subject's or an object's ending after it): which tokens to read.
    let writtenVerbKeys: WordSet

    static let arabic = CueLexicon(.arabic)
    static let english = CueLexicon(.english)
    static let french = CueLexicon(.french)

    private init(_ language: Language) {
        // Arabic puts the subject and asides between a verb and its particle: allow more words there.
        var matcher = PhraseMatcher<Cue>(gap: language == .arabic ? 9 : 3, lane: .cues(language))
        var verbs: Set<String> = [], nouns: Set<String> = []
        var written: [(written: String, type: CommitmentType)] = []
        for line in LexiconFile.lines("cues-\(language.rawValue).txt") {
            let (typeField, rest) = LexiconFile.head(line)
            let (roleField, phrase) = LexiconFile.head(rest)
            let type = CommitmentType(rawValue: typeField)
            guard type != nil || typeField == "action", !phrase.isEmpty else { continue }
            if roleField == "H", let type {
                written.append((phrase, type))
                continue
            }
            let role: Role
            switch roleField {
            case "V": role = .verb
            case "P": role = .participle
            case "W": role = .weak
            case "D": role = .dissent
            case "A": role = .verdict
            default: role = .noun
            }
            matcher.add(phrase, value: Cue(type: type, role: role))
            // An Arabic imperfect listed with ي (يدعم، يرحب) also conjugates with ت
            // (she, "تدعم مصر") and ن (we, "نرحب"): by rule, not by listing.
            if language == .arabic, role == .verb || role == .dissent, phrase.hasPrefix("ي"), phrase.unicodeScalars.count >= 3 {
                let rest = String(phrase.unicodeScalars.dropFirst())
                matcher.add("ت" + rest, value: Cue(type: type, role: role))
                matcher.add("ن" + rest, value: Cue(type: type, role: role))
            }
            let folded = WordAnalysis.fold(phrase)
            if role == .verb || role == .dissent { verbs.insert(folded) }
            if role == .noun, type != nil { nouns.insert(folded) }
        }
        self.matcher = matcher
        ambiguousStems = WordSet(verbs.intersection(nouns))
        var actionStems: [String] = []
        var actionPrefixes: [String] = []
        for entry in matcher.entries where entry.value.type == nil && entry.patterns.count == 1 {
            switch entry.patterns[0] {
            case let .stem(s): actionStems.append(s)
            case let .prefix(p): actionPrefixes.append(p)
            case .mark: break
            }
        }
        self.actionStems = WordSet(actionStems)
        self.actionPrefixes = actionPrefixes
        writtenVerbs = written
        writtenVerbKeys = WordSet(written.flatMap { verb in
            Self.writtenVerbProclitics.flatMap { p in Self.writtenVerbEndings.map { WordAnalysis.fold(p + verb.written + $0) } }
        })
    }

    /// What may stand before and after a written verb: "وهنّأ", "هنّأت", "هنّأه".
    static let writtenVerbProclitics = ["", "و", "ف"]
    static let writtenVerbEndings = ["", "ت", "وا", "تا", "ه", "ها", "هم", "هما"]
}
