/// One pass of the search analysis over a text, with the state that lives
/// as long as the text: its language and the buffers reused word to word.
///
/// A class, so that its buffers can be filled while others are read
/// without copies or exclusivity conflicts; one is made per tokenized text,
/// except that a ``SearchWordCache`` keeps one for the documents it serves.
final class AnalysisRun {
    typealias Emit = (_ term: UnsafeBufferPointer<UInt8>, _ utf8Range: Range<Int>, _ colocated: Bool) -> Bool
    typealias L = ArabicLetter

    let purpose: SearchTokenPurpose
    /// The language announced by a marker (or given by the caller).
    var language: AnalyzerLanguage?
    /// The Arabic word lists, built on first use: an English or French text
    /// never needs them.
    /// A cache's own, when there is one, so that its terms are this run's.
    private(set) lazy var lexicon: ArabicLexicon = suppliedLexicon ?? cache?.lexicon ?? .shared
    private let suppliedLexicon: ArabicLexicon?
    /// Words already analysed, for documents only (see ``SearchWordCache``).
    /// Unowned: a cache keeps a run of its own (``SearchWordCache/withDocumentRun(language:_:)``),
    /// and any other run lives only during a call its caller's cache outlives.
    private unowned(unsafe) let cache: SearchWordCache?
    private var arabic: [UInt16] = []
    private var latin: [UInt8] = []
    private var term: [UInt8] = []
    private var secondTerm: [UInt8] = []
    private var guess = LatinLanguageGuess()

    init(
        purpose: SearchTokenPurpose, language: AnalyzerLanguage?, lexicon: ArabicLexicon? = nil,
        cache: SearchWordCache? = nil
    ) {
        precondition(lexicon == nil || cache == nil, "a cache brings its own lexicon")
        self.purpose = purpose
        self.language = language
        suppliedLexicon = lexicon
        self.cache = purpose == .document ? cache : nil
        arabic.reserveCapacity(32)
        latin.reserveCapacity(32)
        term.reserveCapacity(64)
        secondTerm.reserveCapacity(64)
    }

    /// Makes the run ready for another text, as a new run for `language`
    /// would be (the buffers are emptied word by word anyway).
    func reset(language: AnalyzerLanguage?) {
        self.language = language
        guess = LatinLanguageGuess()
    }

    /// Analyses `text`, calling `emit` for each term; returns false when
    /// `emit` asked to stop.
    func run(_ text: UnsafeBufferPointer<UInt8>, emit: Emit) -> Bool {
        let scanner = TokenScanner(text: text)
        var prefixStart = -1
        if purpose == .prefixQuery {
            _ = scanner.forEachWord { range, kind in
                if case .marker = kind { return true }
                prefixStart = range.lowerBound
                return true
            }
        }
        return scanner.forEachWord { range, kind in
            switch kind {
            case let .marker(value):
                if let announced = AnalyzerLanguage(marker: value) { language = announced }
                return true
            case .arabic:
                if let cache { return cachedArabicWord(cache, scanner, range, emit: emit) }
                return arabicWord(scanner, range, isPrefix: range.lowerBound == prefixStart, emit: emit)
            case .other:
                if let cache { return cachedOtherWord(cache, scanner, range, emit: emit) }
                return otherWord(scanner, range, isPrefix: range.lowerBound == prefixStart, emit: emit)
            }
        }
    }

    // MARK: - Arabic script

    private func arabicWord(_ scanner: TokenScanner, _ range: Range<Int>, isPrefix: Bool, emit: Emit) -> Bool {
        guard arabicTerms(scanner, range, isPrefix: isPrefix) else { return true }
        guard term.withUnsafeBufferPointer({ emit($0, range, false) }) else { return false }
        // The other reading of an uncertain first letter, at the same position.
        if !secondTerm.isEmpty, secondTerm != term {
            return secondTerm.withUnsafeBufferPointer { emit($0, range, true) }
        }
        return true
    }

    /// A document's Arabic word through the cache: a word met before is
    /// emitted as kept; a new one is analysed as without a cache, then kept.
    private func cachedArabicWord(_ cache: SearchWordCache, _ scanner: TokenScanner, _ range: Range<Int>, emit: Emit) -> Bool {
        let key = UnsafeBufferPointer(rebasing: scanner.text[range])
        let hash = SearchWordCache.hash(key)
        if let entry = cache.entry(key, hash: hash) {
            switch entry.kind {
            case .arabicNone: return true
            case .arabic: return emit(cache.arabicTerm(entry), range, false)
            case .latin, .latinWithDigit: break  // cannot happen: a word's kind follows from its bytes
            }
        }
        // A document asks for one reading only: `secondTerm` stays empty.
        guard arabicTerms(scanner, range, isPrefix: false) else {
            cache.insert(key, hash: hash, kind: .arabicNone)
            return true
        }
        return term.withUnsafeBufferPointer { term in
            cache.insert(key, hash: hash, kind: .arabic, values: term)
            return emit(term, range, false)
        }
    }

    /// Fills `term` (and for queries `secondTerm`) with the terms of an
    /// Arabic word; false when it has none (empty once folded, a stopword).
    private func arabicTerms(_ scanner: TokenScanner, _ range: Range<Int>, isPrefix: Bool) -> Bool {
        arabic.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            let (value, length) = scanner.decode(at: i)
            i += length
            if value <= 0xFFFF, let light = ArabicNormalizer.lightFold(UInt16(value)) { arabic.append(light) }
        }
        guard !arabic.isEmpty else { return false }
        if !isPrefix, isStopword() { return false }
        term.removeAll(keepingCapacity: true)
        secondTerm.removeAll(keepingCapacity: true)
        arabic.withUnsafeBufferPointer { letters in
            if isPrefix {
                ArabicStemView(letters, lo: Self.articleEnd(letters), hi: letters.count).appendFolded(to: &term)
            } else {
                ArabicStemmer.withStemViews(letters, lexicon: lexicon) { views in
                    views.stem.appendFolded(to: &term)
                    // Queries ask for either reading of an uncertain first letter;
                    // the index keeps one, so `analyze` shows one term a word.
                    if purpose != .document { views.otherReading?.appendFolded(to: &secondTerm) }
                }
            }
        }
        return !term.isEmpty
    }

    private func isStopword() -> Bool {
        guard arabic.count <= 10 else { return false }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for letter in arabic {
            key |= L.code(ArabicLexicon.stopwordFold(letter)) << shift
            shift += 6
        }
        return lexicon.stopwords.contains(key)
    }

    /// Where a prefix query's word starts once a sure proclitic is removed:
    /// the article, alone or after و ف ب ك ل (a prefix is not stemmed, but
    /// the index holds words without their article).
    static func articleEnd(_ u: UnsafeBufferPointer<UInt16>) -> Int {
        let n = u.count
        for c in [u.count >= 4 && (u[0] == L.waw || u[0] == L.fa) ? 1 : 0, 0] {
            if c + 1 < n, u[c] == L.alef || u[c] == L.lam, u[c + 1] == L.lam, n - c - 2 >= 2 { return c + 2 }
            if c + 2 < n, u[c] == L.ba || u[c] == L.kaf, u[c + 1] == L.alef, u[c + 2] == L.lam, n - c - 3 >= 2 {
                return c + 3
            }
        }
        return 0
    }

    // MARK: - Other scripts

    private static let elisions: [[UInt8]] = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
        .map { Array($0.utf8) }

    /// What folding a Latin-script word found besides its letters.
    private struct Folding {
        var accented = false
        var foreign = false
        var hasDigit = false
    }

    /// Folds the word at `range` into `latin`.
    private func fold(_ scanner: TokenScanner, _ range: Range<Int>) -> Folding {
        latin.removeAll(keepingCapacity: true)
        var found = Folding()
        var i = range.lowerBound
        while i < range.upperBound {
            let (value, length) = scanner.decode(at: i)
            i += length
            switch LatinFolding.fold(value) {
            case let .ascii(first, second, accent):
                latin.append(first)
                if second != 0 { latin.append(second) }
                found.accented = found.accented || accent
                found.hasDigit = found.hasDigit || (first >= 0x30 && first <= 0x39)
            case let .dropped(accent):
                found.accented = found.accented || accent
            case .foreign:
                found.foreign = true
            }
        }
        return found
    }

    private func otherWord(_ scanner: TokenScanner, _ range: Range<Int>, isPrefix: Bool, emit: Emit) -> Bool {
        let found = fold(scanner, range)
        if found.foreign { return foreignWord(scanner, range, emit: emit) }
        guard !latin.isEmpty else { return true }
        if latin.withUnsafeBufferPointer({ isElision(scanner, range, $0) }) { return true }
        if found.hasDigit || isPrefix {
            return latin.withUnsafeBufferPointer { emit($0, range, false) }
        }
        let documentLanguage: AnalyzerLanguage?
        switch language {
        case .english?, .french?: documentLanguage = language
        case .arabic?, nil: documentLanguage = purpose == .document
            ? latin.withUnsafeBufferPointer { guess.language(for: $0, accented: found.accented) }
            : nil
        }
        term.removeAll(keepingCapacity: true)
        term.append(contentsOf: latin)
        if let documentLanguage {
            stem(&term, in: documentLanguage)
            return term.withUnsafeBufferPointer { emit($0, range, false) }
        }
        // A query without a language: both stems at one position.
        stem(&term, in: .english)
        secondTerm.removeAll(keepingCapacity: true)
        secondTerm.append(contentsOf: latin)
        stem(&secondTerm, in: .french)
        guard term.withUnsafeBufferPointer({ emit($0, range, false) }) else { return false }
        if secondTerm != term {
            return secondTerm.withUnsafeBufferPointer { emit($0, range, true) }
        }
        return true
    }

    /// A document's Latin-script word through the cache: a word met before
    /// takes its folded form and stems from it; a new one is folded and
    /// stemmed (both ways) as without a cache, then kept. The text around
    /// the word (an apostrophe, the guess's counts) is read each time.
    private func cachedOtherWord(_ cache: SearchWordCache, _ scanner: TokenScanner, _ range: Range<Int>, emit: Emit) -> Bool {
        let key = UnsafeBufferPointer(rebasing: scanner.text[range])
        let hash = SearchWordCache.hash(key)
        if let entry = cache.entry(key, hash: hash), entry.kind == .latin || entry.kind == .latinWithDigit {
            return latinDocumentWord(cache.latinWord(entry), scanner, range, emit: emit)
        }
        let found = fold(scanner, range)
        if found.foreign { return foreignWord(scanner, range, emit: emit) }
        guard !latin.isEmpty else { return true }
        term.removeAll(keepingCapacity: true)
        secondTerm.removeAll(keepingCapacity: true)
        if !found.hasDigit {
            term.append(contentsOf: latin)
            stem(&term, in: .english)
            secondTerm.append(contentsOf: latin)
            stem(&secondTerm, in: .french)
        }
        return latin.withUnsafeBufferPointer { folded in
            term.withUnsafeBufferPointer { english in
                secondTerm.withUnsafeBufferPointer { french in
                    let mayBeElision = Self.mayBeElision(folded)
                    cache.insert(
                        key, hash: hash, kind: found.hasDigit ? .latinWithDigit : .latin,
                        flags: (found.accented ? SearchWordCache.Flags.accented : 0)
                            | (mayBeElision ? SearchWordCache.Flags.mayBeElision : 0),
                        values: folded, english, french)
                    return latinDocumentWord(
                        SearchWordCache.LatinWord(
                            folded: folded, english: english, french: french, hasDigit: found.hasDigit,
                            accented: found.accented, mayBeElision: mayBeElision),
                        scanner, range, emit: emit)
                }
            }
        }
    }

    /// The rules of ``otherWord(_:_:isPrefix:emit:)`` for a document's word
    /// already folded and stemmed.
    private func latinDocumentWord(_ word: SearchWordCache.LatinWord, _ scanner: TokenScanner, _ range: Range<Int>, emit: Emit) -> Bool {
        if word.mayBeElision, isElision(scanner, range, word.folded) { return true }
        if word.hasDigit { return emit(word.folded, range, false) }
        let documentLanguage: AnalyzerLanguage
        switch language {
        case .english?: documentLanguage = .english
        case .french?: documentLanguage = .french
        case .arabic?, nil: documentLanguage = guess.language(for: word.folded, accented: word.accented)
        }
        return emit(documentLanguage == .english ? word.english : word.french, range, false)
    }

    /// The byte that ends every French stem in the index. A query without a
    /// language asks for both stems of each Latin word, and without it an
    /// English word's French stem could meet another English word (news,
    /// read as French, is new): marked, each reading only meets the
    /// documents of its own language. A suffix, so that prefix queries
    /// (`coop*`), which are not stemmed, still meet both. No word holds it:
    /// the scanner ends words at `_`.
    static let frenchMark = UInt8(ascii: "_")

    private func stem(_ bytes: inout [UInt8], in language: AnalyzerLanguage) {
        switch language {
        case .english: EnglishStemmer.stem(&bytes)
        case .french:
            FrenchStemmer.stem(&bytes)
            bytes.append(Self.frenchMark)
        case .arabic: break
        }
    }

    /// Whether a word folded to `folded` could be an elision, as
    /// ``isElision(_:_:_:)`` decides with the text around it.
    private static func mayBeElision(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        isElidedWord(folded) || (folded.count == 1 && folded[0] == UInt8(ascii: "s"))
    }

    private static func isElidedWord(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        folded.count <= 6 && elisions.contains(where: { $0.elementsEqual(folded) })
    }

    /// A French elided article or pronoun (l', d', qu'…) right before an
    /// apostrophe and a word, or an English possessive s right after one.
    private func isElision(_ scanner: TokenScanner, _ range: Range<Int>, _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = scanner.text
        if Self.isElidedWord(folded),
           let after = Self.apostropheLength(text, at: range.upperBound),
           range.upperBound + after < text.count,
           TokenScanner.kind(of: scanner.decode(at: range.upperBound + after).0) != nil {
            return true
        }
        if folded.count == 1, folded[0] == UInt8(ascii: "s"), range.lowerBound >= 1 {
            if text[range.lowerBound - 1] == 0x27 { return true }
            if range.lowerBound >= 3, text[range.lowerBound - 3] == 0xE2, text[range.lowerBound - 2] == 0x80,
               text[range.lowerBound - 1] == 0x99 { return true }
        }
        return false
    }

    /// The byte length of an apostrophe (' or ’) at `i`, if there is one.
    private static func apostropheLength(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i < text.count else { return nil }
        if text[i] == 0x27 { return 1 }
        if i + 2 < text.count, text[i] == 0xE2, text[i + 1] == 0x80, text[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// Words of other scripts (Greek, Cyrillic, CJK…): lower-cased, not stemmed.
    private func foreignWord(_ scanner: TokenScanner, _ range: Range<Int>, emit: Emit) -> Bool {
        term.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            let (value, length) = scanner.decode(at: i)
            i += length
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.changesWhenLowercased {
                term.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                term.append(contentsOf: String(scalar).utf8)
            }
        }
        return term.withUnsafeBufferPointer { emit($0, range, false) }
    }
}
