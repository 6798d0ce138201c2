import Model
import TextAnalysis

extension CommitmentFinder {
    /// "The next round of the Joint Commission will be held in Rabat": a weak cue
    /// whose subject is a meeting is the issuers' pledge.
    func hasMeetingSubject(_ hit: Hit, _ range: Range<Int>) -> Bool {
        let subject = max(range.lowerBound, hit.first - 12)..<hit.first
        return hit.first - range.lowerBound <= 12 && subject.contains { i in
            MechanismFinder.isRoundWord(i, document)
        }
    }

    /// Whether a cue heads a clause of its own: a finite verb, not a noun,
    /// an infinitive or a verb governed by a preposition.
    func isHead(_ hit: Hit, in range: Range<Int>, bullet: Bool) -> Bool {
        guard hit.cue.type != nil else { return false }
        let before = hit.first > range.lowerBound ? document.tokens[hit.first - 1] : nil
        let afterComma = before.map { Self.commas.contains($0.surface) } ?? true
        switch hit.cue.role {
        case .noun, .verdict: return false
        case .participle: return afterComma || isCircumstantial(hit)
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
            // "La France s'en tiendra": French object pronouns stand between the subject and the verb.
            var verb = hit.first
            while document.language == .french, verb - 1 > range.lowerBound, Self.frenchClitics.contains(verb - 1, in: document) { verb -= 1 }
            switch namedSubjectLeft(of: verb, limit: max(range.lowerBound, verb - 3)) {
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
        // "a réitéré l'appui ferme du Sénégal": the elided article after a participle makes the cue its object noun
        // (not "il l'appuie", where l' is the object's pronoun).
        if document.language == .french, Self.apostrophes.contains(b.surface), hit.first - 3 >= range.lowerBound, document.folded(hit.first - 2) == "l",
           document.tokens[hit.first - 3].surface.lowercasedEnds(withAnyOf: ["é", "és", "ée", "ées"]) { return false }
        // "a particulièrement émis le vœu", "ont également pris note": an adverb between the
        // auxiliary and the participle (not "à", which folds alike).
        if document.language == .french, hit.first - 2 >= range.lowerBound, Self.frenchAuxiliaries.contains(hit.first - 2, in: document),
           !["à", "À"].contains(document.tokens[hit.first - 2].surface), document.tokens[hit.first - 1].kind == .word { return true }
        // "son plein soutien", "their full support": a determiner, an adjective, then the noun.
        let verbLike = document.tokens[hit.first].surface.lowercasedEnds(withAnyOf: ["é", "és", "ée", "ées", "ent", "ed"])
        // "la Conférence exprime": a capitalised noun before the cue is its subject, not an adjective.
        let subjectBefore = document.tokens[hit.first - 1].surface.startsUppercase
        // "The group looks forward", "the bloc welcomes": a present in -s after a common noun subject
        // (but "their full supports" has no such noun: a stance adjective stands there).
        let presentAfterNoun = document.language == .english && document.tokens[hit.first].surface.lowercasedEnds(withAnyOf: ["s"])
            && !document.tokens[hit.first].surface.lowercasedEnds(withAnyOf: ["ss"]) && !Self.stanceAdjectives.contains(hit.first - 1, in: document)
        if !verbLike, !subjectBefore, !presentAfterNoun, hit.first - 2 >= range.lowerBound, Self.determinersBeforeNouns.contains(hit.first - 2, in: document),
           document.tokens[hit.first - 1].kind == .word, mentionEnding[hit.first] == nil, personEnding[hit.first] == nil,
           roleEnding[hit.first] == nil, !Self.pluralPronouns.contains(hit.first - 1, in: document),
           !Self.subjectNouns.contains(hit.first - 1, in: document) { return false }
        if Self.latinNonFinite.contains(folded), !(folded == "and" || folded == "et") { return false }
        if folded == "and" || folded == "et" {
            // "and support" after a modal or "to" is an infinitive; after a subject or a comma, a verb.
            let surface = document.tokens[hit.first].surface
            return surface.lowercasedEnds(withAnyOf: ["ed", "s", "ent", "é", "és", "ont"])
                || (document.language == .french && surface.lowercasedEnds(withAnyOf: ["e"]))
        }
        // "issued a joint statement reaffirming that…": the document's gerund says what it states.
        if hit.reading.suffix == "ing" {
            return afterComma && !continuesGerundList(hit.first - 1, in: range) || Self.documentNouns.contains(hit.first - 1, in: document)
        }
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

    static let contrastive = clauseWords("contrastive")

    /// "with a view to mitigating…, preserving…, supporting…": a gerund after a comma whose
    /// previous comma also opened a gerund is one more item of a list under one predicate
    /// (GUIDELINES, Unit), not a clause of its own.
    func continuesGerundList(_ comma: Int, in range: Range<Int>) -> Bool {
        guard document.language == .english,
              let previous = (max(range.lowerBound, comma - 30)..<comma).last(where: { Self.commas.contains(document.tokens[$0].surface) }),
              previous + 1 < comma else { return false }
        return document.tokens[previous + 1].surface.lowercasedEnds(withAnyOf: ["ing"])
    }

    /// "توجه بالشكر … معبرا عن تطلعه", "…، مطالبا المجتمع الدولي … معتبرا أن…": an Arabic
    /// participle in the accusative (مؤكدا، معربين) opens a circumstantial clause of its
    /// own, a comma before it or not; its stance is its own (GUIDELINES, Unit: a change of
    /// type splits). Not after a preposition or the article ("بالمؤكد", "المعتبر").
    func isCircumstantial(_ hit: Hit) -> Bool {
        document.language == .arabic && (hit.reading.prefix.isEmpty || hit.reading.prefix == "و")
            && Self.accusativeEndings.contains(WordKey(hit.reading.suffix)) && !Self.adverbialParticiples.contains(hit.first, in: document)
    }

    static let adverbialParticiples = clauseWords("adverbialParticiples")

    /// The accusative endings of an Arabic participle: the tanwīn alif, the dual and plural -ين.
    static let accusativeEndings = WordSet(["ا", "ين"])

    /// Where a weak future opens a clause of its own: at "while"/"tandis que" before it
    /// (another speaker's statement follows), or at "and" right before the modal ("… and
    /// will continue to…", the same speaker's next commitment). A future inside a stance's
    /// complement ("agreed that, if…, they would…") has neither.
    func futureSeparator(before hit: Hit, after floor: Int) -> Int? {
        if hit.first - 1 >= floor, Self.andEt.contains(hit.first - 1, in: document) { return hit.first - 1 }
        var i = hit.first - 1
        while i >= floor, i >= hit.first - 12 {
            if Self.contrastive.contains(i, in: document) { return i }
            i -= 1
        }
        return nil
    }

    /// Where an Arabic future's clause begins when a verb of saying glued to و opens it after
    /// a comma, a few words before ("…، وأضافا أنهما سيعززان…"): at that verb; nil otherwise.
    func reportedFutureSeparator(before hit: Hit, after floor: Int) -> Int? {
        for k in stride(from: hit.first - 1, through: max(floor + 1, hit.first - 3), by: -1) {
            guard Self.commas.contains(document.tokens[k - 1].surface), let a = document.analyses[k],
                  a.folded.arabicStarts(with: "و"), a.stemKeys.contains(where: { Self.reportingVerbs.contains($0) }) else { continue }
            return k
        }
        return nil
    }

    func precededByAnd(_ hit: Hit) -> Bool {
        document.language != .arabic && hit.first > 0 && Self.andEt.contains(hit.first - 1, in: document)
    }

    /// Where a new head's clause begins: after the nearest comma, at the
    /// nearest "and"/"et", or at the head itself when it carries و/ف or
    /// follows كما. nil when nothing separates it from the previous head.
    func separator(before hit: Hit, after floor: Int) -> Int? {
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
            if Self.separatorsLatin.contains(i, in: document), document.language != .arabic {
                return joinedSubjectsStart(at: i, floor: floor) ?? i
            }
            i -= 1
        }
        return nil
    }

    /// "…announced that Egypt and Jordan agreed", "…que les gouvernements malien et nigérien
    /// ont convenu": a conjunction between two names joins the subjects of one clause, which
    /// starts where the first name (and its determiner) does; nil when `i` joins no names.
    func joinedSubjectsStart(at i: Int, floor: Int) -> Int? {
        var k = i + 1
        while k < document.tokens.count, isDeterminerBeforeName(k) { k += 1 }
        guard k < document.tokens.count, mentionStarting[k] != nil || personAt[k]?.first == k || roleStarting[k] != nil,
              var start = nameStart(endingAt: i, floor: floor) else { return nil }
        while start - 1 > floor, Self.namesJoiners.contains(start - 1, in: document), let earlier = nameStart(endingAt: start - 1, floor: floor) {
            start = earlier
        }
        return startOfDeterminers(before: start, limit: floor)
    }

    /// Where the party, person or title ending at `end` (exclusive) starts, if one does.
    private func nameStart(endingAt end: Int, floor: Int) -> Int? {
        let first = mentionEnding[end]?.first ?? personEnding[end]?.first ?? roleEnding[end]?.first
        return first.flatMap { $0 > floor ? $0 : nil }
    }

    static let quotationEnds: MarkSet = ["»", "”", "\"", "'", "’"]

    /// Whether the verb follows a closing quotation and its comma, auxiliaries aside:
    /// "…', a affirmé l'Elysée", "…,” he said".
    func attributesQuotation(_ hit: Hit, from start: Int) -> Bool {
        guard document.language != .arabic else { return false }
        var k = hit.first - 1
        while k > start, k >= hit.first - 3, document.tokens[k].kind == .word { k -= 1 }
        guard k > start else { return false }
        let t = document.tokens
        if Self.commas.contains(t[k].surface) { return Self.quotationEnds.contains(t[k - 1].surface) }
        // ",” he said": the comma inside the quotation.
        return Self.quotationEnds.contains(t[k].surface) && Self.commas.contains(t[k - 1].surface)
    }

    /// In a sentence with no finite stance, an infinitive one whose subject the
    /// sentence names: "Both leaders used the occasion to reaffirm…", "Avant de
    /// promettre de renforcer…", "Et le sommet d'exhorter les parties au calme…"
    /// (the French narrative infinitive). The first such cue heads the sentence.
    func infinitiveHead(_ hits: [Hit], in range: Range<Int>) -> Int? {
        guard document.language != .arabic else { return nil }
        return hits.firstIndex { hit in
            guard hit.cue.type != nil, hit.cue.role == .verb, hit.first - 1 > range.lowerBound,
                  Self.infinitiveMarkers.contains(hit.first - 1, in: document)
                    // "d’appeler": a mark keeps its surface when folded, so the list (folded to "'") misses "’".
                    || Self.apostrophes.contains(document.tokens[hit.first - 1].surface) else { return false }
            switch namedSubjectLeft(of: hit.first - 1, limit: range.lowerBound) {
            case .speaker?, .plural?, .kingdom?, .pronoun?, .official?: return true
            case nil: return isNarrativeInfinitive(hit, in: range)
            }
        }
    }

    /// "Et le sommet d'exhorter…": the French narrative infinitive, "et", a
    /// subject and "de" + infinitive, tells what the subject did next whoever
    /// it is, like a finite verb.
    func isNarrativeInfinitive(_ hit: Hit, in range: Range<Int>) -> Bool {
        document.language == .french && Self.andEt.contains(range.lowerBound, in: document)
            && document.wordCount(in: range.lowerBound..<hit.first) <= 6
    }

    /// In an Arabic sentence with no finite stance, a stance masdar governed by ب or
    /// مع states the stance of the body the sentence names before it: "اختتم المجلس
    /// أعماله بالتأكيد على…", "مع الإشادة بجهود…".
    func nominalHead(_ hits: [Hit], in range: Range<Int>) -> Int? {
        guard document.language == .arabic else { return nil }
        return hits.firstIndex { hit in
            guard hit.cue.type != nil, isNominalStance(hit, in: range) else { return false }
            let governed = hit.reading.prefix.hasSuffix("بال")
                || hit.first - 1 > range.lowerBound && Self.arabicWith.contains(hit.first - 1, in: document)
            return governed && (range.lowerBound..<hit.first).contains { mentionStarting[$0] != nil || isBodyWord($0) }
        }
    }

    /// Whether the hit is an Arabic masdar with the article and no possessive: "التأكيد", "بالترحيب".
    func isNominalStance(_ hit: Hit, in range: Range<Int>) -> Bool {
        document.language == .arabic && hit.reading.prefix.procliticsEnd(with: "ال") && hit.reading.suffix.isEmpty
    }

    /// The starts without a clause whose head is followed, up to the next clause, only by
    /// its speaker and the day ("أعلن وزير الخارجية فؤاد حسين، اليوم الجمعة، توصل العراق
    /// وتركيا إلى …"): what it announced is the next clause, read as a verb of its own,
    /// and the head commits to nothing by itself. The sentence's last clause always stays.
    func withoutEmptyHeads(_ starts: [Start]) -> [Start] {
        guard starts.count > 1 else { return starts }
        return starts.indices.filter { i in
            guard i + 1 < starts.count, let head = starts[i].head else { return true }
            return (head.end..<starts[i + 1].start).contains { isContentWord($0) }
        }.map { starts[$0] }
    }

    /// A word that says something beside who speaks and when: not a person's, a title's or a
    /// party's name, nor a day ("اليوم", "الجمعة").
    func isContentWord(_ k: Int) -> Bool {
        guard document.tokens[k].kind == .word, personAt[k] == nil, !nameTokens.contains(k),
              !parties.contains(where: { $0.first <= k && k < $0.end }) else { return false }
        return !DateLexicon.shared.matcher.mayStartAndMatches(at: k, in: document)
    }
}
