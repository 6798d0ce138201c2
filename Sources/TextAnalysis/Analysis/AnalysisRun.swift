/// One pass of the search analysis over a text, with the state that lives
/// as long as the text: its language and the buffers reused word to word.
///
/// A class, so that its buffers can be filled while others are read
/// without copies or exclusivity conflicts; one is made per tokenized text.
final class AnalysisRun {
    typealias Emit = (_ term: UnsafeBufferPointer<UInt8>, _ utf8Range: Range<Int>, _ colocated: Bool) -> Bool
    typealias L = ArabicLetter

    let purpose: SearchTokenPurpose
    /// The language announced by a marker (or given by the caller).
    var language: AnalyzerLanguage?
    /// The Arabic word lists, built on first use: building them was 3.7% of
    /// a one-search process, and an English or French text never needs them.
    private(set) lazy var lexicon: ArabicLexicon = suppliedLexicon ?? .shared
    private let suppliedLexicon: ArabicLexicon?
    private var arabic: [UInt16] = []
    private var latin: [UInt8] = []
    private var term: [UInt8] = []
    private var secondTerm: [UInt8] = []
    private var guess = LatinLanguageGuess()

    init(purpose: SearchTokenPurpose, language: AnalyzerLanguage?, lexicon: ArabicLexicon? = nil) {
        self.purpose = purpose
        self.language = language
        suppliedLexicon = lexicon
        arabic.reserveCapacity(32)
        latin.reserveCapacity(32)
        term.reserveCapacity(64)
        secondTerm.reserveCapacity(64)
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
                if let announced = AnalyzerLanguage(markerValue: value) { language = announced }
                return true
            case .arabic:
                return arabicWord(scanner, range, isPrefix: range.lowerBound == prefixStart, emit: emit)
            case .other:
                return otherWord(scanner, range, isPrefix: range.lowerBound == prefixStart, emit: emit)
            }
        }
    }

    // MARK: - Arabic script

    private func arabicWord(_ scanner: TokenScanner, _ range: Range<Int>, isPrefix: Bool, emit: Emit) -> Bool {
        arabic.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            let (value, length) = scanner.decode(at: i)
            i += length
            if value <= 0xFFFF, let light = ArabicNormalizer.lightFold(UInt16(value)) { arabic.append(light) }
        }
        guard !arabic.isEmpty else { return true }
        if !isPrefix, isStopword() { return true }
        term.removeAll(keepingCapacity: true)
        secondTerm.removeAll(keepingCapacity: true)
        arabic.withUnsafeBufferPointer { letters in
            if isPrefix {
                ArabicStemView(letters, lo: Self.articleEnd(letters), hi: letters.count).appendFolded(to: &term)
            } else {
                let views = ArabicStemmer.stemViews(letters, lexicon: lexicon)
                views.stem.appendFolded(to: &term)
                // Queries ask for either reading of an uncertain first letter;
                // the index keeps one, so `analyze` shows one term a word.
                if purpose != .document { views.otherReading?.appendFolded(to: &secondTerm) }
            }
        }
        guard !term.isEmpty else { return true }
        guard term.withUnsafeBufferPointer({ emit($0, range, false) }) else { return false }
        // The other reading of an uncertain first letter, at the same position.
        if !secondTerm.isEmpty, secondTerm != term {
            return secondTerm.withUnsafeBufferPointer { emit($0, range, true) }
        }
        return true
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

    private func otherWord(_ scanner: TokenScanner, _ range: Range<Int>, isPrefix: Bool, emit: Emit) -> Bool {
        latin.removeAll(keepingCapacity: true)
        var accented = false
        var foreign = false
        var hasDigit = false
        var i = range.lowerBound
        while i < range.upperBound {
            let (value, length) = scanner.decode(at: i)
            i += length
            switch LatinFolding.fold(value) {
            case let .ascii(first, second, accent):
                latin.append(first)
                if second != 0 { latin.append(second) }
                accented = accented || accent
                hasDigit = hasDigit || (first >= 0x30 && first <= 0x39)
            case let .dropped(accent):
                accented = accented || accent
            case .foreign:
                foreign = true
            }
        }
        if foreign { return foreignWord(scanner, range, emit: emit) }
        guard !latin.isEmpty else { return true }
        if isElision(scanner, range) { return true }
        if hasDigit || isPrefix {
            return latin.withUnsafeBufferPointer { emit($0, range, false) }
        }
        let documentLanguage: AnalyzerLanguage?
        switch language {
        case .english?, .french?: documentLanguage = language
        case .arabic?, nil: documentLanguage = purpose == .document
            ? guess.language(for: latin[...], accented: accented)
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

    private func stem(_ bytes: inout [UInt8], in language: AnalyzerLanguage) {
        switch language {
        case .english: EnglishStemmer.stem(&bytes)
        case .french: FrenchStemmer.stem(&bytes)
        case .arabic: break
        }
    }

    /// A French elided article or pronoun (l', d', qu'…) right before an
    /// apostrophe and a word, or an English possessive s right after one.
    private func isElision(_ scanner: TokenScanner, _ range: Range<Int>) -> Bool {
        let text = scanner.text
        if latin.count <= 6, Self.elisions.contains(where: { $0 == latin }),
           let after = Self.apostropheLength(text, at: range.upperBound),
           range.upperBound + after < text.count,
           TokenScanner.kind(of: scanner.decode(at: range.upperBound + after).0) != nil {
            return true
        }
        if latin.count == 1, latin[0] == UInt8(ascii: "s"), range.lowerBound >= 1 {
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
