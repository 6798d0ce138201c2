import Model
import TextAnalysis

extension CommitmentFinder {
    /// "It was agreed that the next round will be held in Islamabad", « ont convenu que la session se
    /// tiendra à Alger »: agreeing on what is to be done is a pledge; agreeing that something holds
    /// ("agreed that the war has gone on too long") stays the position its cue says.
    func agreesOnAFuture(_ head: Hit, in range: Range<Int>, _ hits: [Hit]) -> Bool {
        guard head.cue.type == .position, head.end > head.first + 1,
              Self.agreementVerbs.contains(head.first, in: document) || Self.agreementVerbs.contains(head.reading.stem),
              Self.complementisers.contains(head.end - 1, in: document) else { return false }
        // "الاتفاق على أن تحتضن الكويت…": an imperfect verb right after "أن" is what is to be done.
        if document.language == .arabic { return head.end < range.upperBound && isArabicImperfect(head.end) }
        let end = (head.end..<min(range.upperBound, head.end + 20)).first { Self.commas.contains(document.tokens[$0].surface) }
            ?? min(range.upperBound, head.end + 20)
        return hits.contains { $0.first >= head.end && $0.first < end && $0.cue.type == .pledge && $0.cue.role == .weak }
    }

    /// Whether the Arabic word at `index` reads as an imperfect verb ("تحتضن", "يعقد"): its
    /// person prefix, and neither a party's name ("تونس") nor a verbal noun of the تفعيل
    /// pattern ("تعزيز"), which open the nominal sentence of a proposition.
    func isArabicImperfect(_ index: Int) -> Bool {
        guard document.tokens[index].kind == .word, mentionStarting[index] == nil else { return false }
        let word = document.folded(index)
        let letters = Array(word.unicodeScalars)
        guard letters.count >= 3, let first = word.first, Self.imperfectPrefixes.contains(String(first)) else { return false }
        return !(letters[0] == "ت" && letters.count == 5 && letters[3] == "ي")
    }

    /// The clause's type: its head's, unless a position verb introduces a
    /// stance noun ("أكدت الصين دعمها", "reaffirmed their support"), and a
    /// commitment is a pledge when it commits to an action and support when
    /// it commits to a principle.
    func effectiveType(_ head: Hit, in range: Range<Int>, _ hits: [Hit]) -> CommitmentType {
        if agreesWithWhatPrecedes(head, in: range) { return .position }
        if agreesOnAFuture(head, in: range, hits) { return .pledge }
        var chosen = head
        // "continuera de soutenir", "will continue to support": the weak future takes the stance that follows.
        if head.cue.role == .weak, let next = hits.first(where: { $0.first > head.first && $0.first <= head.end + 3 && $0.cue.type != nil }) {
            chosen = next
        }
        // "He noted that the United States is prepared to…", "concurred that they will continue
        // to…", "a rappelé que la Belgique et les États-Unis continueront à…": a pledge
        // reported under a stance verb, its future or undertaking within the complement's first words;
        // so is any other stance the complement's subject takes ("stressed that China supports…",
        // "أكدت … أن مصر تندد بـ…", « ont affirmé qu'ils rejettent… »).
        // Only when a party or a pronoun for the parties is the complement's subject: "stressed
        // that the pipeline would strengthen…" assesses a thing, it undertakes nothing.
        if head.cue.type == .position, let that = complementiser(after: head, in: range, hits) {
            var subject = that + 1
            while subject < min(range.upperBound, that + 4),
                  Self.articlesLatin.contains(subject, in: document) || ["'", "’"].contains(document.tokens[subject].surface)
                    || Self.openingQuotes.contains(document.tokens[subject].surface) { subject += 1 }
            let bySpeaker = mentionStarting[subject] != nil || personAt[subject] != nil
                || Self.pronouns.contains(subject, in: document) || Self.pluralPronouns.contains(subject, in: document)
                || Self.ownSides.contains(subject, in: document)
            let stop = (subject..<min(range.upperBound, subject + 8)).first { Self.commas.contains(document.tokens[$0].surface) } ?? min(range.upperBound, subject + 8)
            if bySpeaker, let undertaking = hits.first(where: {
                guard $0.first > subject, $0.first < stop, let type = $0.cue.type, type != .position else { return false }
                return type == .pledge || $0.cue.role != .weak && $0.cue.role != .verdict
            }) {
                chosen = undertaking
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
                // "أكد على ضرورة اتفاق الجانبين على…", "stressed the need for an agreement": stressing
                // an importance or a necessity is a position, whatever stance the necessity names.
                if isNecessityWord(i) { break }
                if continuesAction(i, after: head) { return .pledge }
                // "أكد الاجتماع الوزاري لمجلس التعاون … تضامنه": a cue word inside an organisation's name is no object.
                if let noun = hits.first(where: { $0.first == i }), !nameTokens.contains(i) {
                    // (The article's ل is no preposition: "أكد على الدعم الكامل لـ…" is support.)
                    let prefix = noun.reading.prefix
                    let clitics = prefix.withoutArticle
                    if document.language == .arabic, noun.first > head.end,
                       clitics.unicodeScalars.contains(where: { $0 == "ل" || $0 == "ب" }) { break }
                    // "underscored U.S. support for": a bare cue after a party is its noun.
                    let possessed = noun.reading.suffix.isEmpty && mentionEnding[noun.first] != nil
                    // "مؤكدة دعم دولة فلسطين لـ…": a bare masdar as the stance's object is its noun,
                    // though a party follows it as it would follow a verb.
                    let masdar = document.language == .arabic && !noun.reading.prefix.hasPrefix("و") && !noun.reading.prefix.hasPrefix("ف")
                        && cues.ambiguousStems.contains(WordKey(noun.reading.stem))
                    // "reiterated support for": a stance word right after an English or French verb is its noun.
                    let bare = document.language != .arabic && noun.first == head.end
                    if noun.isHead && !possessed && !masdar && !bare { break }
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
        if announcesBacking(head, in: range, hits) { return .support }
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

    /// "A trade war serves no one, they agreed.": a pledge verb that ends its sentence after a
    /// comma has no action of its own to commit to; it agrees with the proposition before it,
    /// an assessment (GUIDELINES: position).
    func agreesWithWhatPrecedes(_ head: Hit, in range: Range<Int>) -> Bool {
        guard document.language != .arabic, head.cue.type == .pledge, head.cue.role == .verb,
              (head.end..<range.upperBound).allSatisfy({ document.tokens[$0].kind == .punctuation }),
              let comma = (range.lowerBound..<head.first).last(where: { Self.commas.contains(document.tokens[$0].surface) }) else { return false }
        return document.wordCount(in: comma..<head.first) <= 4 && document.wordCount(in: range.lowerBound..<comma) >= 3
    }

    /// "أعلنت القمة دعمها الكامل لـ…": an announcement takes the type of what it announces, and
    /// announcing one's own backing (a support noun with its possessive, past the subject) is support.
    func announcesBacking(_ head: Hit, in range: Range<Int>, _ hits: [Hit]) -> Bool {
        guard head.cue.type == .pledge, Self.announceVerbs.contains(head.stem) else { return false }
        let object = head.end..<min(range.upperBound, head.end + 5)
        return hits.contains { hit in
            object.contains(hit.first) && hit.cue.type == .support && Self.isPossessive(hit.reading.suffix)
                && !(head.end..<hit.first).contains { Self.complementisers.contains($0, in: document) }
        }
    }

    static let announceVerbs = clauseWords("announceVerbs")

    /// `rejected-ideas.txt`: words naming an idea, which a rejection makes a position.
    static let rejectedIdeas = FoldedWordSet(LexiconFile.lines("rejected-ideas.txt").map(WordAnalysis.fold))

    /// `own-officials.txt`: possessives, and the officials they make one's own.
    static let ownOfficials: (own: FoldedWordSet, staff: FoldedWordSet) = {
        let words = LexiconFile.wordClasses("own-officials.txt")
        return (words["own"] ?? [], words["staff"] ?? [])
    }()

    /// Whether a call's object, within its first words, is the caller's own officials.
    func callsOnOwnOfficials(after index: Int, in range: Range<Int>) -> Bool {
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

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ run: StaticString) -> Bool {
        let n = run.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        for start in 0...(bytes.count - n) {
            var k = 0
            while k < n, bytes[start + k] == run.utf8Start[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    func commitsToAction(after index: Int, in range: Range<Int>, _ hits: [Hit]) -> Bool {
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
                    if backsACause(i, in: range, hits) { return true }
                    if let a = document.analyses[i], actionWord(a) { return true }
                    var j = i + 1
                    while j < range.upperBound, document.tokens[j].kind == .punctuation { j += 1 }
                    if j < range.upperBound, let a = document.analyses[j], actionWord(a) { return true }
                    // ("بلاده بدعم": the possessed country reads as ب + its stem.)
                    if j < range.upperBound, backsACause(j, in: range, hits) { return true }
                    // "committed to completing", "s'engagent à harmoniser": a verb is an action.
                    if j < range.upperBound, document.language != .arabic, let a = document.analyses[j] {
                        let w = a.folded
                        if document.language == .english, w.hasSuffix("ing") { return true }
                        // "commitment to mark the anniversary": a bare word between "to" and a
                        // determiner is a verb ("commitment to the reform of" has the determiner first).
                        if document.language == .english, Self.toA.contains(i, in: document), j + 1 < range.upperBound,
                           !Self.determinersBeforeNouns.contains(j, in: document),
                           Self.determinersBeforeNouns.contains(j + 1, in: document) { return true }
                        if document.language == .french, w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("re") { return true }
                    }
                    return document.language == .english && actionAfterModifiers(from: j, in: range)
                }
            }
            i += 1
        }
        return true
    }

    /// "التزام بلاده بدعم جهود التنمية": backing a cause that is no party is one's own action; backing a
    /// party ("بدعم الأردن") is support, which `effectiveType` tells by the party.
    func backsACause(_ i: Int, in range: Range<Int>, _ hits: [Hit]) -> Bool {
        document.language == .arabic && hits.contains { $0.first == i && $0.cue.type == .support && $0.reading.prefix.procliticsEnd(with: "ب") }
            && !(i + 1..<min(range.upperBound, i + 3)).contains { mentionStarting[$0]?.code != nil }
    }

    /// "committed to effectively implementing", "commitment to close trilateral cooperation":
    /// an action after one or two lower-case modifiers (an adverb, adjectives) still makes an
    /// English commitment a pledge; a determiner ("to the reform of") ends the search.
    func actionAfterModifiers(from first: Int, in range: Range<Int>) -> Bool {
        var j = first
        for _ in 0..<2 {
            guard j < range.upperBound, document.tokens[j].kind == .word,
                  document.tokens[j].surface.first?.isLowercase == true,
                  !Self.determinersBeforeNouns.contains(j, in: document), !Self.andEt.contains(j, in: document) else { return false }
            j += 1
            guard j < range.upperBound, document.tokens[j].kind == .word, let a = document.analyses[j] else { return false }
            if actionWord(a) || a.folded.hasSuffix("ing") && a.folded.count > 5 { return true }
        }
        return false
    }

    func actionWord(_ analysis: WordAnalysis) -> Bool {
        // The lexicon's one-word action entries, gathered once (`CueLexicon.actionStems`):
        // a stem is found by key, as `String` equality would find it.
        if analysis.stemKeys.contains(where: cues.actionStems.contains) { return true }
        if analysis.bases.contains(where: { cues.actionStems.contains(WordKey($0.base)) }) { return true }
        guard !cues.actionPrefixes.isEmpty else { return false }
        let probe = analysis.readings.map(\.stem) + analysis.bases.map(\.base)
        return cues.actionPrefixes.contains { p in probe.contains { $0.hasPrefix(p) } }
    }

    /// Whether the word names an importance or a necessity, clitics aside ("بضرورة", "l'importance").
    func isNecessityWord(_ i: Int) -> Bool {
        if Self.necessityWords.contains(i, in: document) { return true }
        guard document.language == .arabic, let a = document.analyses[i] else { return false }
        // By key: hashing an Arabic base as a String normalises it, on every word of every object.
        return a.stemKeys.contains(where: Self.necessityWords.contains)
    }

    static let necessityWords = clauseWords("necessityWords")

    /// "أكد الصفدي وفيدان استمرار العمل على…", "مؤكدا مواصلة تركيا لمكافحته": going on with an
    /// action, as the stance's direct object (past its subject and على only), is a pledge of
    /// one's own future action; "قلقه من استمرار التصعيد" is not.
    func continuesAction(_ i: Int, after head: Hit) -> Bool {
        guard document.language == .arabic, let a = document.analyses[i], a.stemKeys.contains(where: Self.continuationWords.contains)
                || Self.continuationWords.contains(i, in: document)
                || Self.workingWords.contains(i, in: document) && Self.stanceParticles.contains(i + 1, in: document) else { return false }
        return (head.end..<i).allSatisfy { k in
            document.tokens[k].kind != .word || personAt[k] != nil || Self.stanceParticles.contains(k, in: document)
                || parties.contains { $0.first <= k && k < $0.end } || roles.contains { $0.first <= k && k < $0.end }
                || nameWordParty[document.foldedKey(k)] != nil || namesWithoutParty[document.foldedKey(k)] != nil
                || arabicNameWordParty(k, joined: true) != nil
        }
    }

    static let continuationWords = clauseWords("continuationWords")
    static let workingWords = clauseWords("workingWords")
    static let stanceParticles = clauseWords("stanceParticles")
}
