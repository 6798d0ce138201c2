/// UTF-16 code units of the Arabic letters the stemming rules name.
enum ArabicLetter {
    static let hamza: UInt16 = 0x0621
    static let alefMadda: UInt16 = 0x0622
    static let alefHamzaAbove: UInt16 = 0x0623
    static let alefHamzaBelow: UInt16 = 0x0625
    static let alef: UInt16 = 0x0627
    static let ba: UInt16 = 0x0628
    static let taMarbuta: UInt16 = 0x0629
    static let ta: UInt16 = 0x062A
    static let sin: UInt16 = 0x0633
    static let fa: UInt16 = 0x0641
    static let kaf: UInt16 = 0x0643
    static let lam: UInt16 = 0x0644
    static let mim: UInt16 = 0x0645
    static let nun: UInt16 = 0x0646
    static let ha: UInt16 = 0x0647
    static let waw: UInt16 = 0x0648
    static let alefMaksura: UInt16 = 0x0649
    static let ya: UInt16 = 0x064A

    /// A 6-bit code for a letter, never 0, so that up to ten letters pack
    /// into one `UInt64` key without allocating (see ``ArabicLexicon``).
    @inline(__always)
    static func code(_ v: UInt16) -> UInt64 {
        switch v {
        case 0x0621...0x064A: return UInt64(v - 0x0620)        // 1...42
        case 0x067E: return 43                                   // پ
        case 0x0686: return 44                                   // چ
        case 0x06AF: return 45                                   // گ
        case 0x0698: return 46                                   // ژ
        case 0x06A4: return 47                                   // ڤ
        case 0x30...0x39: return UInt64(v - 0x30 + 48)          // 48...57
        default: return 63
        }
    }
}
