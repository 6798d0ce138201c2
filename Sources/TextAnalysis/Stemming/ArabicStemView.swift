/// A window on the letters of one word while the Arabic stemmer trims it.
///
/// Trimming never copies letters: it moves `lo` and `hi`, and the two
/// letters that rules may rewrite are held aside: `last` replaces the
/// letter at `hi - 1` (ت or ات becoming ة), `tail` is appended (the ا or
/// ستان of a country name reached from its adjective).
struct ArabicStemView {
    let letters: UnsafeBufferPointer<UInt16>
    var lo: Int
    var hi: Int
    var last: UInt16 = 0
    var tail: [UInt16] = []
    /// When the window spells a broken plural: the index of its singular in
    /// ``ArabicBrokenPlurals``, whose stem stands for the word; else -1.
    var singular: Int32 = -1

    init(_ letters: UnsafeBufferPointer<UInt16>, lo: Int, hi: Int) {
        self.letters = letters
        self.lo = lo
        self.hi = hi
    }

    var count: Int { hi - lo + tail.count }

    @inline(__always)
    subscript(i: Int) -> UInt16 {
        if i == hi - 1, last != 0 { return last }
        if i >= hi { return tail[i - hi] }
        return letters[i]
    }

    /// The letter `k` places from the end (0 is the last one).
    @inline(__always)
    func fromEnd(_ k: Int) -> UInt16 { self[hi - 1 - k] }

    /// Removes `k` letters from the end.
    @inline(__always)
    mutating func drop(_ k: Int) {
        hi -= k
        last = 0
    }

    /// Replaces the last letter.
    @inline(__always)
    mutating func replaceLast(with v: UInt16) { last = v }

    @inline(__always)
    func ends(_ a: UInt16, _ b: UInt16) -> Bool {
        hi - lo >= 2 && fromEnd(1) == a && fromEnd(0) == b
    }

    @inline(__always)
    func ends(_ a: UInt16, _ b: UInt16, _ c: UInt16) -> Bool {
        hi - lo >= 3 && fromEnd(2) == a && fromEnd(1) == b && fromEnd(0) == c
    }

    /// The packed, fully folded key of the window, or nil past ten letters.
    func key() -> UInt64? {
        let n = count
        guard n > 0, n <= 10 else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for i in lo..<(lo + n) {
            key |= ArabicLetter.code(ArabicNormalizer.strongFold(self[i])) << shift
            shift += 6
        }
        return key
    }

    /// Appends the folded letters of the window to `out` as UTF-8.
    ///
    /// A kept final ة is folded to ه like any other: writers often spell
    /// ة as ه, and both spellings must meet (at the price of letting أمة
    /// "nation" meet أمه "his mother").
    func appendFolded(to out: inout [UInt8]) {
        for i in lo..<(lo + count) {
            let v = UInt32(ArabicNormalizer.strongFold(self[i]))
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
    }
}
