/// A light Arabic stemmer: strips proclitics and inflectional suffixes so
/// that the forms of a word a search should not tell apart meet on one stem.
///
/// It works in the spirit of Larkey's light10 and Lucene's Arabic stemmer,
/// with these differences:
///
/// - proclitics stack: a conjunction و/ف, then a preposition ب/ل/ك and/or
///   the article (وبالاتفاق, وللسلام, ولتطوير, فبالتالي → اتفاق, سلام, تطوير);
///   a lone ف is a proclitic only before another one, because far more
///   nouns begin with ف than take it;
/// - a proclitic is only removed when at least three letters remain (two
///   after the article), so بحر, بنك, وفد keep their first letter;
/// - suffixes are peeled in the order Arabic stacks them, outermost first:
///   possessive pronoun (ها هم هما هن كم كما نا, with ت restored to ة),
///   adverbial ا, plural or dual (ات → ة, تان/تين → ة, ون ين ان), the
///   feminine ة, the nisba ي; so اتفاقيات, اتفاقية, اتفاق meet, and
///   الأردنية meets الأردن;
/// - after a nisba ي, a plural-looking ending is peeled again, so the
///   adjective السودانية meets السودان whatever السودان itself becomes;
/// - form VI verbal nouns (تعاون, تفاهم) and form II ones ending in ن
///   (تأمين) keep their last letters;
/// - words in the exception lexicon (`Lexicons/arabic-stem-exceptions.txt`)
///   stop the trimming as soon as the remaining letters spell one of them,
///   trying the shortest proclitic first: that keeps لجنة, كلمة, لبنان,
///   باكستان whole while still stripping للجنة, بكلمة, للبنان.
///
/// The article is recognised only with a bare ا, so that a hamza-seated
/// root alif (إلغاء, ألمانيا) is not taken for it when the writer spelled
/// the hamza.
public enum ArabicStemmer {
    /// The stem of one Arabic word.
    ///
    /// - Parameter word: a single word, normalised by
    ///   ``ArabicNormalizer/normalize(_:)`` or only stripped of harakat;
    ///   keeping أ إ آ, ى and ة (as the search analyzer does) lets a few
    ///   rules be more precise.
    /// - Returns: the stem, fully folded as ``ArabicNormalizer/normalize(_:)``
    ///   would fold it.
    public static func stem(_ word: String) -> String {
        var letters: [UInt16] = []
        for scalar in word.unicodeScalars {
            guard scalar.value <= 0xFFFF else { continue }
            if let light = ArabicNormalizer.lightFold(UInt16(scalar.value)) { letters.append(light) }
        }
        var out: [UInt8] = []
        letters.withUnsafeBufferPointer { buffer in
            withStemViews(buffer, lexicon: .shared) { $0.stem.appendFolded(to: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `body` with the stem views of `letters` (lightly folded), or,
    /// when the word is a broken plural, with those of its singular (see
    /// ``ArabicBrokenPlurals``): the word is indexed, and asked for, under
    /// the singular's stem.
    static func withStemViews<T>(
        _ letters: UnsafeBufferPointer<UInt16>, lexicon: ArabicLexicon,
        _ body: ((stem: ArabicStemView, otherReading: ArabicStemView?)) -> T
    ) -> T {
        let views = stemViews(letters, lexicon: lexicon)
        guard views.stem.singular >= 0 else { return body(views) }
        return lexicon.plurals.withSingular(views.stem.singular) { singular in
            body(stemViews(singular, lexicon: lexicon, mapsPlurals: false))
        }
    }

    /// The stem, and when the word's first letter may be a root letter as
    /// well as a proclitic, the other reading of that letter.
    ///
    /// A word like بترول that the lexicon does not know loses its ب by the
    /// default rules (it could be بـ + ترول), while البترول keeps it (a
    /// preposition never follows the article). The index stores the default
    /// reading only; a query asks for either reading, so that both spellings
    /// still meet: بترول asks for ترول or بترول, البترول for بترول or ترول.
    /// Protected words and words without such a letter have one reading.
    static func stemViews(
        _ letters: UnsafeBufferPointer<UInt16>, lexicon: ArabicLexicon, mapsPlurals: Bool = true
    ) -> (stem: ArabicStemView, otherReading: ArabicStemView?) {
        let n = letters.count
        guard n > 2 else { return (ArabicStemView(letters, lo: 0, hi: n), nil) }
        let preferred = defaultStart(letters)
        let alternative = alternativeStart(letters, preferred: preferred)
        var fallback = ArabicStemView(letters, lo: preferred, hi: n)
        var other: ArabicStemView?
        var trimmedFallback = false
        let rules = ArabicSuffixRules(lexicon: lexicon, mapsPlurals: mapsPlurals)
        for start in 0...min(4, n - 2) where isProcliticSplit(letters, at: start) {
            var view = ArabicStemView(letters, lo: start, hi: n)
            if rules.trim(&view, checkingLexicon: true) { return (view, nil) }
            if start == preferred {
                fallback = view
                trimmedFallback = true
            }
            if start == alternative { other = view }
        }
        if !trimmedFallback { _ = rules.trim(&fallback, checkingLexicon: false) }
        if other == nil, let start = articleAlternativeStart(letters, preferred: preferred) {
            var view = ArabicStemView(letters, lo: start, hi: n)
            _ = rules.trim(&view, checkingLexicon: true)
            other = view
        }
        return (fallback, other)
    }
}

extension ArabicStemmer {
    typealias L = ArabicLetter

    /// Whether `letters[..<start]` is a sequence of proclitics the grammar
    /// allows: [و|ف] then one of ال, لل, ب, ل, ك, بال, كال (or nothing).
    static func isProcliticSplit(_ u: UnsafeBufferPointer<UInt16>, at start: Int) -> Bool {
        if start == 0 { return true }
        guard u.count - start >= 2 else { return false }
        for conjunction in 0...1 {
            if conjunction == 1, u[0] != L.waw, u[0] != L.fa { continue }
            let c = conjunction
            switch start - c {
            case 0 where c == 1: return true
            case 1 where u[c] == L.ba || u[c] == L.lam || u[c] == L.kaf: return true
            case 2 where (u[c] == L.alef || u[c] == L.lam) && u[c + 1] == L.lam: return true
            case 3 where (u[c] == L.ba || u[c] == L.kaf) && u[c + 1] == L.alef && u[c + 2] == L.lam: return true
            default: continue
            }
        }
        return false
    }

    /// Where the reading that keeps an uncertain proclitic starts: a lone
    /// و, ب, ل or ك taken off by ``defaultStart(_:)`` may be a root letter.
    static func alternativeStart(_ u: UnsafeBufferPointer<UInt16>, preferred: Int) -> Int? {
        let isPreposition = { (v: UInt16) in v == L.ba || v == L.lam || v == L.kaf }
        switch preferred {
        case 1 where u[0] == L.waw || isPreposition(u[0]):
            return 0
        case 2 where (u[0] == L.waw || u[0] == L.fa) && isPreposition(u[1]):
            return 1
        default:
            return nil
        }
    }

    /// Where the reading that drops the first letter after the article
    /// starts, when that letter could have been a proclitic on a bare word
    /// (البترول ~ بترول, read ب + ترول without the article).
    static func articleAlternativeStart(_ u: UnsafeBufferPointer<UInt16>, preferred: Int) -> Int? {
        guard preferred >= 2, preferred < u.count, u.count - preferred - 1 >= 3,
              u[preferred - 1] == L.lam, u[preferred - 2] == L.alef || u[preferred - 2] == L.lam
        else { return nil }
        switch u[preferred] {
        case L.waw, L.ba, L.lam, L.kaf: return preferred + 1
        default: return nil
        }
    }

    /// Where the stem starts when no lexicon word decides: the longest
    /// proclitic sequence that leaves enough letters to be a word.
    static func defaultStart(_ u: UnsafeBufferPointer<UInt16>) -> Int {
        let n = u.count
        var c = 0
        if n >= 4, u[0] == L.waw || u[0] == L.fa { c = 1 }
        while true {
            let isArticle = c + 1 < n && (u[c] == L.alef || u[c] == L.lam) && u[c + 1] == L.lam
            if isArticle, n - c - 2 >= 2 { return c + 2 }
            if c + 2 < n, u[c] == L.ba || u[c] == L.kaf, u[c + 1] == L.alef, u[c + 2] == L.lam, n - c - 3 >= 2 {
                return c + 3
            }
            if u[c] == L.ba || u[c] == L.lam || u[c] == L.kaf, n - c - 1 >= 3 { return c + 1 }
            if c == 1 {
                // و alone is a conjunction before three letters or more; ف
                // alone is not stripped (فرنسا, فكرة, فريق).
                if u[0] == L.waw { return 1 }
                c = 0
                continue
            }
            return 0
        }
    }
}
