/// Snowball's English stemmer ("Porter2"), written afresh from its published
/// description on lower-case ASCII bytes.
///
/// Where it differs from Porter (1980), and why it is used here: its R1 and
/// R2 regions replace Porter's measure; words that begin with gener, commun,
/// arsen, past, univers, later, emerg or organ keep that beginning whole, so
/// general and generous, university and universe, emergency and emerge, organ
/// and organization stay apart; and its special words
/// (`Lexicons/english-stemmer-exceptions.txt`: news is not new, skies is
/// sky, inning and proceed are left alone) are honoured.
///
/// The algorithm's step 0 (possessive apostrophes) is not needed: the
/// tokenizer ends a word at an apostrophe and drops a possessive s.
struct Porter2 {
    private var w: [UInt8]
    private var r1 = 0
    private var r2 = 0

    private static let e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), l = UInt8(ascii: "l")
    private static let s = UInt8(ascii: "s"), t = UInt8(ascii: "t"), y = UInt8(ascii: "y")
    /// A y that is a consonant (first letter, or after a vowel), marked as
    /// the algorithm marks it; input is lower case, so it cannot clash.
    private static let consonantY = UInt8(ascii: "Y")

    /// The beginnings that set R1 at their end instead of the usual place.
    private static let r1Prefixes: [[UInt8]] = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ"]
        .map { Array($0.utf8) }

    /// Stems lower-case ASCII bytes in place, with `exceptions` giving the
    /// algorithm's special words (see ``EnglishLexicon``).
    static func stem(_ bytes: inout [UInt8], exceptions: EnglishLexicon) {
        guard bytes.count > 2 else { return }
        if bytes.count <= exceptions.longestSpecialWord, let special = exceptions.specialWords[bytes] {
            bytes = special
            return
        }
        var word = Porter2(w: [])
        swap(&word.w, &bytes)
        word.run(exceptions: exceptions)
        swap(&word.w, &bytes)
    }

    private mutating func run(exceptions: EnglishLexicon) {
        markConsonantYs()
        markRegions()
        step1a()
        if w.count <= exceptions.longestSpecialWord, exceptions.invariantsAfterStep1a.contains(w) {
            unmarkYs()
            return
        }
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        unmarkYs()
    }

    // MARK: - Letters and regions

    @inline(__always)
    private static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
            return true
        default:
            return false
        }
    }

    private mutating func markConsonantYs() {
        if w[0] == Self.y { w[0] = Self.consonantY }
        for k in 1..<w.count where w[k] == Self.y && Self.isVowel(w[k - 1]) { w[k] = Self.consonantY }
    }

    private mutating func unmarkYs() {
        for k in w.indices where w[k] == Self.consonantY { w[k] = Self.y }
    }

    /// The position after the first non-vowel that follows a vowel, from `start`.
    private func regionStart(from start: Int) -> Int {
        var k = start
        while k < w.count, !Self.isVowel(w[k]) { k += 1 }
        while k < w.count, Self.isVowel(w[k]) { k += 1 }
        return min(k + 1, w.count)
    }

    private mutating func markRegions() {
        if let prefix = Self.r1Prefixes.first(where: { w.count >= $0.count && w.starts(with: $0) }) {
            r1 = prefix.count
        } else {
            r1 = regionStart(from: 0)
        }
        r2 = regionStart(from: r1)
    }

    private func ends(_ suffix: [UInt8]) -> Bool {
        w.count >= suffix.count && w[(w.count - suffix.count)...].elementsEqual(suffix)
    }

    /// The longest of `suffixes` the word ends with.
    private func longest(_ suffixes: [[UInt8]]) -> Int? {
        var best: Int?
        for (index, suffix) in suffixes.enumerated() where ends(suffix) {
            if best == nil || suffix.count > suffixes[best!].count { best = index }
        }
        return best
    }

    private mutating func replaceSuffix(_ length: Int, with replacement: [UInt8]) {
        w.removeLast(length)
        w.append(contentsOf: replacement)
    }

    private func hasVowel(_ range: Range<Int>) -> Bool {
        range.contains { Self.isVowel(w[$0]) }
    }

    /// Whether `w[..<end]` ends in a short syllable: non-vowel, vowel,
    /// non-vowel other than w, x or Y; or, as the whole of it, vowel then non-vowel.
    private func endsInShortSyllable(_ end: Int) -> Bool {
        if end == 2 { return Self.isVowel(w[0]) && !Self.isVowel(w[1]) }
        guard end >= 3 else { return false }
        let last = w[end - 1]
        return !Self.isVowel(w[end - 3]) && Self.isVowel(w[end - 2]) && !Self.isVowel(last)
            && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != Self.consonantY
    }

    private var isShortWord: Bool { r1 >= w.count && endsInShortSyllable(w.count) }

    // MARK: - Steps

    private static let step1aSuffixes: [[UInt8]] = ["sses", "ied", "ies", "us", "ss", "s"].map { Array($0.utf8) }

    private mutating func step1a() {
        guard let found = longest(Self.step1aSuffixes) else { return }
        switch found {
        case 0: w.removeLast(2)                                        // sses → ss
        case 1, 2: replaceSuffix(3, with: w.count > 4 ? [Self.i] : [Self.i, Self.e])  // ties → tie, cries → cri
        case 3, 4: break                                               // us, ss
        default:
            // s goes when a vowel comes before the letter preceding it: gaps, not gas.
            if w.count >= 3, hasVowel(0..<(w.count - 2)) { w.removeLast() }
        }
    }

    private static let step1bSuffixes: [[UInt8]] = ["eed", "eedly", "ed", "edly", "ing", "ingly"].map { Array($0.utf8) }
    private static let doubles: [UInt8] = Array("bdfgmnprt".utf8)
    /// Endings after which a removed ed or ing leaves an e: conflated → conflate.
    private static let lengtheningEndings: [[UInt8]] = ["at", "bl", "iz"].map { Array($0.utf8) }

    private mutating func step1b() {
        guard let found = longest(Self.step1bSuffixes) else { return }
        let suffix = Self.step1bSuffixes[found]
        let start = w.count - suffix.count
        if found <= 1 {
            if start >= r1 { replaceSuffix(suffix.count, with: [Self.e, Self.e]) }
            return
        }
        guard hasVowel(0..<start) else { return }
        w.removeLast(suffix.count)
        if Self.lengtheningEndings.contains(where: ends) {
            w.append(Self.e)
        } else if w.count >= 2, w[w.count - 1] == w[w.count - 2], Self.doubles.contains(w[w.count - 1]) {
            w.removeLast()
        } else if isShortWord {
            w.append(Self.e)
        }
    }

    private mutating func step1c() {
        let n = w.count
        guard n > 2, w[n - 1] == Self.y || w[n - 1] == Self.consonantY, !Self.isVowel(w[n - 2]) else { return }
        w[n - 1] = Self.i
    }

    private static let step2Rules: [(suffix: [UInt8], replacement: [UInt8])] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
        ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
        ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let step2Suffixes = step2Rules.map(\.suffix)
    private static let step2Ogi = 20, step2Li = 23
    private static let liEndings: [UInt8] = Array("cdeghkmnrt".utf8)

    private mutating func step2() {
        guard let found = longest(Self.step2Suffixes) else { return }
        let rule = Self.step2Rules[found]
        let start = w.count - rule.suffix.count
        guard start >= r1 else { return }
        switch found {
        case Self.step2Ogi: guard start >= 1, w[start - 1] == Self.l else { return }
        case Self.step2Li: guard start >= 1, Self.liEndings.contains(w[start - 1]) else { return }
        default: break
        }
        replaceSuffix(rule.suffix.count, with: rule.replacement)
    }

    private static let step3Rules: [(suffix: [UInt8], replacement: [UInt8])] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let step3Suffixes = step3Rules.map(\.suffix)
    private static let step3Ative = 8

    private mutating func step3() {
        guard let found = longest(Self.step3Suffixes) else { return }
        let rule = Self.step3Rules[found]
        let start = w.count - rule.suffix.count
        guard start >= r1 else { return }
        if found == Self.step3Ative, start < r2 { return }
        replaceSuffix(rule.suffix.count, with: rule.replacement)
    }

    private static let step4Suffixes: [[UInt8]] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
        "ism", "ate", "iti", "ous", "ive", "ize", "ion",
    ].map { Array($0.utf8) }

    private static let step4Ion = 17

    private mutating func step4() {
        guard let found = longest(Self.step4Suffixes) else { return }
        let suffix = Self.step4Suffixes[found]
        let start = w.count - suffix.count
        guard start >= r2 else { return }
        if found == Self.step4Ion {
            guard start >= 1, w[start - 1] == Self.s || w[start - 1] == Self.t else { return }
        }
        w.removeLast(suffix.count)
    }

    private mutating func step5() {
        let n = w.count
        guard n >= 1 else { return }
        if w[n - 1] == Self.e {
            if n - 1 >= r2 || (n - 1 >= r1 && !endsInShortSyllable(n - 1)) { w.removeLast() }
        } else if w[n - 1] == Self.l, n - 1 >= r2, n >= 2, w[n - 2] == Self.l {
            w.removeLast()
        }
    }
}
