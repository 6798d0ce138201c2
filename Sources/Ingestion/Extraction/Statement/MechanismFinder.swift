import Model
import TextAnalysis

/// Finds the dialogue mechanism ("strategic dialogue", "joint commission")
/// and its round: "الجولة السابعة من الحوار الاستراتيجي", "the third round
/// of", "la 5e session de la commission mixte"; ordinals in words or digits,
/// masculine or feminine.
enum MechanismFinder {
    /// `mechanism-words.txt`, read once: its word classes by name.
    static let wordLists = WordLists("mechanism-words.txt")

    static let mechanisms: PhraseMatcher<String> = {
        var matcher = PhraseMatcher<String>(gap: 0, lane: .mechanisms)
        for line in LexiconFile.lines("mechanisms.txt") {
            let fields = LexiconFile.alternatives(line)
            guard let name = fields.first else { continue }
            for spelling in fields.dropFirst() { matcher.add(spelling, value: name) }
        }
        return matcher
    }()

    static let ordinals: PhraseMatcher<Int> = {
        var matcher = PhraseMatcher<Int>(gap: 0, lane: .ordinals)
        // Compounds first: of two matches of one length the first added ranks first, and
        // "والعشرين" also reads as عشر with an ending, which would make "الحادية والعشرين" 11.
        addCompoundOrdinals(to: &matcher)
        for line in LexiconFile.lines("ordinals.txt") {
            let (numberField, rest) = LexiconFile.head(line)
            guard let n = Int(numberField) else { continue }
            // Two-word Arabic ordinals (حادي عشر) are written as adjacent words.
            let words = rest.split(separator: " ").map(String.init)
            var i = 0
            while i < words.count {
                if i + 1 < words.count, ["عشر", "عشره"].contains(words[i + 1]) {
                    matcher.add(words[i] + " " + words[i + 1], value: n)
                    i += 2
                } else {
                    matcher.add(words[i], value: n)
                    i += 1
                }
            }
        }
        return matcher
    }()

    static let roundWords = WordSet(LexiconFile.lines("rounds.txt").map { WordAnalysis.fold($0) })

    /// Whether a reading of the word at `index` is a round word ("round", "الجولة", "session").
    /// (The document's `FirstWordIndex` lanes hold the answer: one of the
    /// word's readings is a round word exactly when its lane is set.)
    static func isRoundWord(_ index: Int, _ document: Document) -> Bool {
        document.lanes[index] & FirstWordIndex.Lane.roundWords.bit != 0
    }

    private static let convene = WordKey("عقد")

    static func find(in document: Document) -> (mechanism: String?, round: Int?) {
        var firstMechanism: String? = nil
        for sentence in document.sentences + headingSentences(document) {
            let matches = mechanisms.scan(sentence.tokens, in: document)
            for (n, match) in matches.enumerated() {
                if isFuture(sentence, document) { continue }
                // An earlier meeting of the mechanism names it, not the statement's round.
                if isPast(near: match.first, in: sentence.tokens, document) {
                    if firstMechanism == nil { firstMechanism = mechanisms.entries[match.entry].value }
                    continue
                }
                // "the sixth ministerial meeting of the strategic dialogue": the
                // meeting is a round of the mechanism named after it.
                let name = mechanisms.entries[(named(after: match, matches[(n + 1)...], document) ?? match).entry].value
                if let round = round(before: match.first, in: sentence.tokens, document)
                    ?? ordinal(endingBefore: match.first, in: sentence.tokens, document) {
                    return (name, round)
                }
                if firstMechanism == nil { firstMechanism = name }
            }
        }
        // A round without a named mechanism: "the third round of talks".
        for sentence in document.sentences where !isFuture(sentence, document) {
            for i in sentence.tokens where isRoundWord(i, document) && !isPast(near: i, in: sentence.tokens, document) {
                if let n = ordinal(near: i, in: sentence.tokens, document) { return (firstMechanism, n) }
            }
        }
        return (firstMechanism, nil)
    }

    /// "the next round", "عقد الدورة الـ23": a round still to come.
    /// (Each word's answer to `isFutureMark` is a lane of the document's index.)
    private static func isFuture(_ sentence: Document.Sentence, _ document: Document) -> Bool {
        sentence.tokens.contains { document.lanes[$0] & FirstWordIndex.Lane.futureMarks.bit != 0 }
    }

    /// Whether a word puts a round in the future: a future word, or a bare
    /// عقد ("convene"). Only words can: numbers and marks are neither.
    static func isFutureMark(_ analysis: WordAnalysis) -> Bool {
        VenueFinder.futureWords.contains(analysis.foldedKey) || analysis.foldedKey == convene && analysis.bases.count == 1
    }

    /// How far from a mechanism or a round word a past mark makes it an
    /// earlier meeting: "the previous 44th summit" (before), "الدورة الخامسة السابقة" (after its ordinal).
    static let pastReach = 4

    /// "the previous 44th summit in Doha", "la 7e session précédente", "القمة السابقة":
    /// an earlier meeting, whose round is not the statement's.
    private static func isPast(near index: Int, in range: Range<Int>, _ document: Document) -> Bool {
        (max(range.lowerBound, index - pastReach)..<min(range.upperBound, index + 3)).contains { VenueFinder.isPastMark($0, document) }
    }

    private static func headingSentences(_ document: Document) -> [Document.Sentence] {
        document.lines.enumerated().filter { $0.element.kind == .heading }
            .map { Document.Sentence(tokens: $0.element.tokens, line: $0.offset, isBullet: false) }
    }

    private static func round(before index: Int, in range: Range<Int>, _ document: Document) -> Int? {
        let start = max(range.lowerBound, index - 6)
        for i in stride(from: index - 1, through: start, by: -1) where isRoundWord(i, document) {
            if let n = ordinal(near: i, in: range, document) { return n }
        }
        return nil
    }

    /// Words before a round's ordinal: "the seventh", "la 5e", "its".
    static let determiners = MechanismFinder.wordLists.written("determiner")
    /// The endings of ordinals written in figures: "7th", "5e", "5ème".
    static let ordinalEndings = MechanismFinder.wordLists.written("ordinal-ending")

    /// Words after an ordinal that count occasions: "لأول مرة", "for the first time".
    static let occasions = MechanismFinder.wordLists.folded("occasion")

    /// Words that may stand between a round word and its number: "الدورة العادية الـ166".
    static let roundFillers = MechanismFinder.wordLists.folded("round-filler")

    /// The ordinal right before or after a round word: "seventh round",
    /// "الجولة السابعة", "الدورة العادية الـ166", "7th round", "la 5e session", "round 7".
    private static func ordinal(near i: Int, in range: Range<Int>, _ document: Document) -> Int? {
        var j = i + 1
        while j < range.upperBound, j <= i + 3 {
            if let m = ordinals.matches(at: j, in: document).first {
                // "القمة لأول مرة": the first time, not the first summit.
                if m.end < range.upperBound, occasions.contains(m.end, in: document) { return nil }
                return ordinals.entries[m.entry].value
            }
            if let n = document.number(j), (1...500).contains(n) {
                return n
            }
            guard roundFillers.contains(j, in: document) || document.tokens[j].surface == "(" else { break }
            j += 1
        }
        return ordinal(endingBefore: i, in: range, document)
    }

    /// Words between a meeting and the mechanism it is a round of: "of the", "du".
    static let meetingLinks = MechanismFinder.wordLists.written("meeting-link")
    /// Words between an ordinal and the mechanism it numbers: "the fifth joint ministerial meeting".
    static let mechanismFillers = MechanismFinder.wordLists.written("mechanism-filler")

    /// The mechanism a meeting belongs to when its name follows it through
    /// "of the" ("the ministerial meeting of the strategic dialogue").
    private static func named(
        after match: PhraseMatcher<String>.Match, _ later: ArraySlice<PhraseMatcher<String>.Match>, _ document: Document
    ) -> PhraseMatcher<String>.Match? {
        guard let next = later.first, next.first > match.end else { return nil }
        return (match.end..<next.first).allSatisfy { meetingLinks.contains($0, in: document) } ? next : nil
    }

    /// The ordinal just before `i` ("the seventh round", "the 5th joint
    /// commission", "la quatrième réunion"), over determiners and fillers.
    private static func ordinal(endingBefore i: Int, in range: Range<Int>, _ document: Document) -> Int? {
        var k = i - 1
        while k >= range.lowerBound, determiners.contains(k, in: document) || roundFillers.contains(k, in: document)
            || mechanismFillers.contains(k, in: document) { k -= 1 }
        guard k >= range.lowerBound else { return nil }
        // "7th", "5e", "5ème", "166th": a number with an attached ending.
        if ordinalEndings.contains(k, in: document), document.tokens[k].attached, k - 1 >= range.lowerBound,
           document.tokens[k - 1].kind == .number {
            return document.number(k - 1)
        }
        // The longest ordinal ending at `k`: "dix-septième" and "thirty-second" before their last word.
        for start in max(range.lowerBound, k - longestOrdinal + 1)...k {
            if let m = ordinals.matches(at: start, in: document).first(where: { $0.end == k + 1 }) {
                return ordinals.entries[m.entry].value
            }
        }
        return nil
    }
}
