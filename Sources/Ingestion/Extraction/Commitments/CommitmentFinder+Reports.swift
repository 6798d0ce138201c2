import Model
import TextAnalysis

extension CommitmentFinder {
    /// That a meeting took place or what it went over ("received a call", "ont abordé", "ناقش"): no stance, whoever reports it.
    static let discussionWords = clauseWords("discussionWords")

    /// Verbs that frame what a document says ("جاء في البيان"), see `documentFrame`.
    static let documentFrames = clauseWords("documentFrames")

    /// Where a meeting fits ("comes within the framework of", "s'inscrit dans le cadre de"): background.
    static let framingWords = clauseWords("framingWords")

    /// In a sentence with no stance cue, a verb of saying whose subject is a
    /// party, one of its officials or a pronoun for the last speaker: "He said
    /// such steps undermine stability", "…, the foreign minister said", "Il a
    /// ajouté que…", "وقال الوزير إن…". What a party says in its own words is
    /// its stance (GUIDELINES: assessments are positions) though no cue verb
    /// names it. An analyst or an unnamed source reports no party's stance, a
    /// denial ("n'indique pas") none at all, and a report of what was discussed
    /// or of what happened earlier is no stance.
    func reportedHead(in range: Range<Int>) -> Hit? {
        for i in range {
            let reported = isWord(i, of: Self.reportingVerbs, in: range) ? reportedSubject(i, in: range) : documentFrame(i, in: range)
            guard let reading = reported,
                  !(max(range.lowerBound, i - 3)..<i).contains(where: { Self.negators.contains($0, in: document) }) else { continue }
            if range.contains(where: { isWord($0, of: Self.discussionWords, in: range) || isWord($0, of: Self.framingWords, in: range) }) { return nil }
            // "Kenya imported … last year, according to the ministry": a fact of the past, reported.
            if range.contains(where: { Self.earlierTimes.contains($0, in: document) }) { return nil }
            return Hit(first: i, end: i + 1, cue: CueLexicon.Cue(type: .position, role: .verb), reading: reading,
                       stem: document.folded(i), isHead: true)
        }
        return nil
    }

    /// "وجاء في البيان أن…", "وورد في الإعلان الختامي…": the statement itself says what follows,
    /// so the frame reports its issuers' stance (GUIDELINES: an assessment attributed to the statement).
    /// Only before a name of a document: "جاء ذلك خلال…" frames an event.
    private func documentFrame(_ i: Int, in range: Range<Int>) -> WordAnalysis.Reading? {
        // (في first: one look-up, asked of every word of a sentence without a stance.)
        guard document.language == .arabic, i + 2 < range.upperBound, Self.locatives.contains(i + 1, in: document),
              isWord(i, of: Self.documentFrames, in: range) else { return nil }
        let namesDocument = KindFinder.matcher.matches(at: i + 2, in: document).contains {
            if case .name = KindFinder.matcher.entries[$0.entry].value { return true } else { return false }
        }
        return namesDocument ? WordAnalysis.Reading(prefix: "", stem: document.folded(i), suffix: "") : nil
    }

    /// Whether token `i` is one of `words`: Arabic with at most a conjunction
    /// before it ("وقال", not "بالقول"); a Latin word in lower case unless it
    /// opens the sentence or a quotation ("Al-Said" is a name).
    private func isWord(_ i: Int, of words: FoldedWordSet, in range: Range<Int>) -> Bool {
        guard document.language == .arabic else {
            return words.contains(i, in: document) && (document.tokens[i].surface.first?.isLowercase == true
                || i == range.lowerBound || Self.openingQuotes.contains(document.tokens[i - 1].surface))
        }
        return words.contains(i, in: document) || hasConjunction(i) && isConjoined(i, to: words)
    }

    /// Whether token `i` opens with و or ف: only then is it worth asking its bases,
    /// whose Arabic strings hash slowly.
    func hasConjunction(_ i: Int) -> Bool {
        guard let first = document.analyses[i]?.folded.unicodeScalars.first else { return false }
        return first == "و" || first == "ف"
    }

    /// Whether token `i` is و or ف and one of `words` ("وقال", "فأضاف", "وعندما").
    /// (Bases asked by key: a `Set<String>` normalises an Arabic base to hash it.)
    func isConjoined(_ i: Int, to words: FoldedWordSet) -> Bool {
        document.analyses[i]?.bases.contains { words.contains(WordKey($0.base)) && ($0.prefix == "و" || $0.prefix == "ف") } ?? false
    }

    /// The reading the verb heads its clause with when a party, an official or a
    /// pronoun speaks through it; nil when the speaker is nobody the text names.
    private func reportedSubject(_ i: Int, in range: Range<Int>) -> WordAnalysis.Reading? {
        let reading = WordAnalysis.Reading(prefix: "", stem: document.folded(i), suffix: "")
        if document.language == .arabic {
            guard i + 1 < range.upperBound else { return nil }
            // "وقال إن…", "وأضاف: …": the last speaker goes on.
            if Self.complementisers.contains(i + 1, in: document) || Self.opensSpeech(document.tokens[i + 1].surface) { return reading }
            return groupRight(from: i + 1, end: range.upperBound) == nil ? nil : reading
        }
        if namedSubjectLeft(of: i, limit: max(range.lowerBound, i - 6)) != nil { return reading }
        // "…, a indiqué la présidence", "said the minister", "according to the ministry".
        var k = i + 1
        if k < range.upperBound, Self.toA.contains(k, in: document) { k += 1 }
        while k < min(range.upperBound, i + 4), Self.determinersBeforeTitles.contains(k, in: document) { k += 1 }
        guard k < range.upperBound else { return nil }
        let named = mentionStarting[k] != nil || personAt[k] != nil || roleStarting[k] != nil || surnameSpeaker(at: k, limit: k) != nil
        return named ? reading : nil
    }
}
