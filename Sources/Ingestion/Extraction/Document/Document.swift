import Model
import TextAnalysis

/// An article prepared for extraction: its scalars, tokens with their
/// readings, and its lines and sentences, all by scalar offsets into the
/// original text so that whatever is found can be pointed at exactly.
struct Document {
    enum LineKind: Sendable { case prose, bullet, heading, boilerplate }

    struct Line {
        var segment: TextSegment
        var kind: LineKind
        var tokens: Range<Int>
    }

    struct Sentence {
        var tokens: Range<Int>
        var line: Int
        var isBullet: Bool
        /// For a list's item, the sentence that introduces the list ("The two sides
        /// agreed to:", "واتفق الجانبان على ما يلي:"): the item has no verb of its
        /// own, and its speaker and stance are the introduction's.
        var leadIn: Range<Int>? = nil
    }

    let text: String
    let scalars: [Unicode.Scalar]
    let language: Language
    let tokens: [Token]
    /// The readings of each word token; nil for numbers and punctuation.
    let analyses: [WordAnalysis?]
    /// Every distinct spelling's reading keys end to end, token `i`'s at
    /// `stemKeyRange(i)` (tokens spelled alike share theirs): matchers read
    /// them from here, not through each analysis, which costs a retain and a
    /// release per look-up, and not copied per token, which cost a retain
    /// per key when the document was built and a release when it was freed.
    let stemKeys: [WordKey]
    private let stemKeyStart: [Int]
    private let stemKeyEnd: [Int]
    /// Per token, the `FirstWordIndex` lanes of this language's lexicons
    /// whose entries may start there (0 for numbers and punctuation).
    let lanes: [UInt16]
    private(set) var lines: [Line] = []
    private(set) var sentences: [Sentence] = []

    /// The index of the line (the paragraph) that holds token `token`.
    func line(of token: Int) -> Int {
        lines.firstIndex { $0.tokens.upperBound > token } ?? lines.count
    }

    init(text: String, language: Language?) {
        self.text = text
        self.language = language ?? Language(rawValue: LanguageDetector.detect(text)) ?? .english
        scalars = text.scalarArray
        // (The index first: building it, once, must not come between the
        // tokens' spelling numbers and their analyses.)
        let index = FirstWordIndex.of(self.language)
        let cache = WordAnalysisCache.current
        let spellings: [Int], numbers: [Int]
        (tokens, spellings, numbers) = Self.joiningBrokenWords(
            Tokenizer.spelledTokens(scalars, table: cache.spellings),
            scalars, language: self.language, index: index, cache: cache)
        // One analysis per distinct spelling: most words of an article recur.
        // (By identical scalars: the analysis reads scalars, so canonically
        // equal spellings written differently may be read differently.) A
        // word's lanes depend on its analysis alone, so they are found once too.
        var analyses: [WordAnalysis?] = []
        var lanes: [UInt16] = []
        var stemKeys: [WordKey] = []
        var stemKeyStart: [Int] = []
        var stemKeyEnd: [Int] = []
        analyses.reserveCapacity(tokens.count)
        lanes.reserveCapacity(tokens.count)
        stemKeyStart.reserveCapacity(tokens.count)
        stemKeyEnd.reserveCapacity(tokens.count)
        // (About as many keys as tokens: a distinct word has two or three, and most words recur.)
        stemKeys.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            if token.kind != .word {
                analyses.append(nil)
                lanes.append(0)
                stemKeyStart.append(0)
                stemKeyEnd.append(0)
            } else if spellings[i] != i {
                let first = spellings[i]
                analyses.append(analyses[first])
                lanes.append(lanes[first])
                stemKeyStart.append(stemKeyStart[first])
                stemKeyEnd.append(stemKeyEnd[first])
            } else {
                let (analysis, wordLanes) = cache.word(numbers[i], token.surface, self.language, index)
                analyses.append(analysis)
                lanes.append(wordLanes)
                stemKeyStart.append(stemKeys.count)
                // Key by key: `+=` copied them through the array's generic
                // copy (a value-witness call per key) after checking capacity.
                for key in analysis.stemKeys { stemKeys.append(key) }
                stemKeyEnd.append(stemKeys.count)
            }
        }
        self.analyses = analyses
        self.lanes = lanes
        self.stemKeys = stemKeys
        self.stemKeyStart = stemKeyStart
        self.stemKeyEnd = stemKeyEnd
        buildStructure()
    }

    /// Where token `index`'s reading keys are in `stemKeys` (none for numbers and marks).
    @inline(__always)
    func stemKeyRange(_ index: Int) -> Range<Int> {
        stemKeyStart[index]..<stemKeyEnd[index]
    }

    /// The first token at or after scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func tokenRange(_ segment: TextSegment) -> Range<Int> {
        tokenIndex(atOrAfter: segment.start)..<tokenIndex(atOrAfter: segment.end)
    }

    /// The folded word at `index`; empty past either end, so that look-arounds need no bounds checks.
    func folded(_ index: Int) -> String {
        guard index >= 0, index < tokens.count else { return "" }
        return analyses[index]?.folded ?? tokens[index].surface
    }

    /// `folded(index)` as a key for word lists.
    func foldedKey(_ index: Int) -> WordKey {
        guard index >= 0, index < tokens.count else { return WordKey("") }
        return analyses[index]?.foldedKey ?? WordKey(tokens[index].surface)
    }

    /// The number token `index` writes, in Western or Arabic-Indic digits; nil for any other token.
    func number(_ index: Int) -> Int? {
        guard tokens[index].kind == .number else { return nil }
        return Int(ArabicNormalizer.normalize(tokens[index].surface))
    }

    /// How many of the tokens of `range` are words (not marks or numbers).
    func wordCount(in range: Range<Int>) -> Int {
        var words = 0
        for i in range where tokens[i].kind == .word { words += 1 }
        return words
    }

    /// The text of scalars `start..<end` with invisible marks dropped and
    /// every run of spaces (NBSP included) folded to one space.
    func cleanText(_ start: Int, _ end: Int) -> String {
        // Written as UTF-8 straight into the string, read through the
        // scalars' buffer (a slice of the array cost a bounds check and an
        // iterator step per scalar, and `UTF8.encode` a closure call per
        // scalar, about 30 instructions a scalar in all). It is never longer
        // than the scalars' own UTF-8: a run of spaces, each at least a byte,
        // becomes one byte, and the rest are copied or dropped.
        scalars.withUnsafeBufferPointer { all in
            let span = UnsafeBufferPointer(rebasing: all[start..<end])
            var capacity = 0
            for scalar in span { capacity += UTF8.width(scalar) }
            return String(unsafeUninitializedCapacity: capacity) { buffer in
                var n = 0
                var pendingSpace = false
                for scalar in span {
                    // (No ASCII scalar is invisible; its spaces are tab to CR and the space.)
                    let isASCII = scalar.value < 0x80
                    if !isASCII, Script.isInvisible(scalar) { continue }
                    if isASCII ? (scalar.value == 0x20 || scalar.value &- 0x09 < 5) : Script.isSpace(scalar) {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace, n > 0 { buffer[n] = 0x20; n += 1 }
                    pendingSpace = false
                    n = String.writeUTF8(scalar, into: buffer, at: n)
                }
                return n
            }
        }
    }

    private mutating func buildStructure() {
        let all = paragraphs(Segmenter.lines(scalars))
        var inList = false
        var leadIn: Range<Int>? = nil
        let storyList = storyListLines(all)
        for (index, line) in all.enumerated() {
            let range = tokenRange(line.segment)
            // A date stamp alone ("- 3 March 2026") dates the page, as a heading would; it claims nothing.
            var kind: LineKind = storyList.contains(index) ? .boilerplate : isDateStamp(range) ? .heading : classify(line, range)
            // "s'engagent à :" followed by paragraphs that go on in lower case
            // ("lutter contre…;"): the paragraphs are the list's items.
            inList = inList && (kind == .prose || kind == .heading) && startsLowercase(line.segment)
            if inList { kind = .bullet }
            if kind != .bullet { leadIn = nil }
            // "The two sides agreed to:" introduces the list below; its items are the commitments.
            if kind == .prose, let last = range.last, Self.listIntroductions.contains(tokens[last].surface),
               index + 1 < all.count, all[index + 1].isBullet || startsLowercase(all[index + 1].segment) {
                kind = .heading
                inList = !all[index + 1].isBullet
                leadIn = Segmenter.sentences(scalars, in: line.segment).last.map(tokenRange)
            }
            lines.append(Line(segment: line.segment, kind: kind, tokens: range))
            guard kind == .prose || kind == .bullet else { continue }
            if kind == .bullet {
                sentences += bulletSentences(line, index: lines.count - 1, leadIn: leadIn)
            } else {
                let pieces = Segmenter.sentences(scalars, in: line.segment).map(tokenRange).filter { !$0.isEmpty }
                sentences += sentencesReadingInlineLists(pieces, line: lines.count - 1)
            }
        }
    }

    /// Whether a line begins with a lower-case letter, as the items of a
    /// list run on from the sentence that introduces them.
    private func startsLowercase(_ segment: TextSegment) -> Bool {
        guard let first = scalars[segment.start..<segment.end].first(where: { !Script.isInvisible($0) && !Script.isSpace($0) }) else { return false }
        return first.properties.isLowercase
    }

    /// Lines joined into paragraphs where a text was wrapped by hand: a line
    /// that does not end a sentence and runs straight on into the next (no
    /// blank line between, no bullet, no markdown heading) is part of it.
    private func paragraphs(_ lines: [Segmenter.Line]) -> [Segmenter.Line] {
        var result: [Segmenter.Line] = []
        for line in lines {
            if var last = result.last, !last.isBullet, !line.isBullet,
               continues(last.segment, into: line.segment) {
                last.segment.end = line.segment.end
                result[result.count - 1] = last
            } else {
                result.append(line)
            }
        }
        return result
    }

    private func continues(_ first: TextSegment, into next: TextSegment) -> Bool {
        // Only one line break between them. (Counted in place, and each line's
        // tokens found once: this is asked of every pair of lines.)
        var breaks = 0
        for k in first.end..<next.start where scalars[k] == "\n" { breaks += 1 }
        guard breaks == 1, !opensWithLinkMark(first), !opensWithLinkMark(next) else { return false }
        let firstTokens = tokenRange(first), nextTokens = tokenRange(next)
        // A date stamp stands on its own line, under its headline.
        if isDateStamp(nextTokens) || isDateStamp(firstTokens) { return false }
        // A word broken at the line's end and read whole runs on into the next line.
        if let last = firstTokens.last, tokens[last].end > first.end { return true }
        guard let last = scalars[first.start..<first.end].last(where: { !Script.isInvisible($0) }),
              scalars[first.start] != "#", scalars[next.start] != "#" else { return false }
        let words = wordCount(in: firstTokens)
        // A text wrapped by hand at a fixed width: a line that runs on in lower case
        // ("The communique says the Sri Lankan side / reiterated its position…",
        // "…one China policy, / opposes any form of…") is the same sentence.
        if words >= 3, Self.clauseEnds.contains(last) || !Self.sentenceEnds.contains(last), startsLowercase(next) { return true }
        guard !Self.sentenceEnds.contains(last) else { return false }
        // A wrapped line is long; a short one is a headline, a byline or a dateline.
        return words >= 8 && (nextTokens.count > 0)
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "؟", "…", ":", "»", "”", "\"", "،", ",", ";", "؛", ")"]
    /// Marks that end a line inside a sentence: a wrapped line may end there.
    private static let clauseEnds: Set<Unicode.Scalar> = [",", ";"]

    private func classify(_ line: Segmenter.Line, _ range: Range<Int>) -> LineKind {
        let words = wordCount(in: range)
        if words <= 20, Boilerplate.matches(range, in: self) || opensWithLinkMark(line.segment) { return .boilerplate }
        if Boilerplate.endsWithCredit(range, in: self) { return .boilerplate }
        if line.isBullet { return .bullet }
        // A heading (a headline, a cross-head) does not end like a sentence;
        // closing quotes do not count ("… as \"interference\"").
        var last = range.upperBound - 1
        while last > range.lowerBound, Self.isClosingMark(tokens[last].surface) { last -= 1 }
        if last >= range.lowerBound, words <= 25, !Self.isSentenceEndMark(tokens[last].surface) {
            return .heading
        }
        return .prose
    }

    /// The only scalar of `surface`, or nil when it has none or several. The
    /// marks below are each one scalar that no other spelling is canonically
    /// equal to, so comparing this scalar is `String`'s equality with them,
    /// without an array of strings per line.
    private static func onlyScalar(_ surface: String) -> UInt32? {
        var scalars = surface.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil else { return nil }
        return scalar.value
    }

    /// » ” " ’ ' )
    private static func isClosingMark(_ surface: String) -> Bool {
        switch onlyScalar(surface) {
        case 0xBB?, 0x201D?, 0x22?, 0x2019?, 0x27?, 0x29?: return true
        default: return false
        }
    }

    /// . ! ? ؟ … : ، ,
    private static func isSentenceEndMark(_ surface: String) -> Bool {
        switch onlyScalar(surface) {
        case 0x2E?, 0x21?, 0x3F?, 0x061F?, 0x2026?, 0x3A?, 0x060C?, 0x2C?: return true
        default: return false
        }
    }
}
