/// Lower-cases Latin letters and removes their accents, writing ASCII;
/// Arabic-Indic digits become ASCII digits.
enum LatinFolding {
    /// What folding one scalar gave.
    enum Result {
        /// Up to two ASCII bytes (the second is 0 when unused); `accented`
        /// tells whether the scalar carried an accent typical of French.
        case ascii(UInt8, UInt8, accented: Bool)
        /// A combining accent, dropped.
        case dropped(accented: Bool)
        /// Not a Latin letter or digit this table knows.
        case foreign
    }

    @inline(__always)
    static func fold(_ v: UInt32) -> Result {
        if v < 0x80 {
            if v >= 0x41, v <= 0x5A { return .ascii(UInt8(v + 0x20), 0, accented: false) }
            return .ascii(UInt8(v), 0, accented: false)
        }
        let a = UInt8(ascii: "a"), c = UInt8(ascii: "c"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
        let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), n = UInt8(ascii: "n")
        switch v {
        case 0x00C0, 0x00C2, 0x00E0, 0x00E2: return .ascii(a, 0, accented: true)           // à â
        case 0x00C1, 0x00C3...0x00C5, 0x00E1, 0x00E3...0x00E5: return .ascii(a, 0, accented: false)
        case 0x00C6, 0x00E6: return .ascii(a, e, accented: true)                           // æ
        case 0x00C7, 0x00E7: return .ascii(c, 0, accented: true)                           // ç
        case 0x00C8...0x00CB, 0x00E8...0x00EB: return .ascii(e, 0, accented: true)         // è é ê ë
        case 0x00CE, 0x00CF, 0x00EE, 0x00EF: return .ascii(i, 0, accented: true)           // î ï
        case 0x00CC, 0x00CD, 0x00EC, 0x00ED: return .ascii(i, 0, accented: false)
        case 0x00D0, 0x00F0: return .ascii(UInt8(ascii: "d"), 0, accented: false)
        case 0x00D1, 0x00F1: return .ascii(n, 0, accented: false)
        case 0x00D4, 0x00F4: return .ascii(o, 0, accented: true)                           // ô
        case 0x00D2, 0x00D3, 0x00D5, 0x00D6, 0x00D8, 0x00F2, 0x00F3, 0x00F5, 0x00F6, 0x00F8:
            return .ascii(o, 0, accented: false)
        case 0x00D9, 0x00DB, 0x00DC, 0x00F9, 0x00FB, 0x00FC: return .ascii(u, 0, accented: true) // ù û ü
        case 0x00DA, 0x00FA: return .ascii(u, 0, accented: false)
        case 0x00DD, 0x00FD: return .ascii(y, 0, accented: false)
        case 0x00FF, 0x0178: return .ascii(y, 0, accented: true)                           // ÿ
        case 0x00DE, 0x00FE: return .ascii(UInt8(ascii: "t"), UInt8(ascii: "h"), accented: false)
        case 0x00DF: return .ascii(UInt8(ascii: "s"), UInt8(ascii: "s"), accented: false)
        case 0x0152, 0x0153: return .ascii(o, e, accented: true)                           // œ
        case 0x0100...0x017F: return .ascii(latinExtendedA(v), 0, accented: false)
        case 0x0660...0x0669: return .ascii(UInt8(v - 0x0660 + 0x30), 0, accented: false)  // Arabic-Indic digits
        case 0x06F0...0x06F9: return .ascii(UInt8(v - 0x06F0 + 0x30), 0, accented: false)  // Eastern Arabic-Indic digits
        case 0x0300...0x0302, 0x0308, 0x0327: return .dropped(accented: true)             // decomposed è é ê ë ç
        case 0x0303...0x0307, 0x0309...0x0326, 0x0328...0x036F: return .dropped(accented: false)
        default: return .foreign
        }
    }

    /// The base letter of a Latin Extended-A letter, by block layout.
    private static func latinExtendedA(_ v: UInt32) -> UInt8 {
        let base: UInt8
        switch v {
        case 0x0100...0x0105: base = UInt8(ascii: "a")
        case 0x0106...0x010D: base = UInt8(ascii: "c")
        case 0x010E...0x0111: base = UInt8(ascii: "d")
        case 0x0112...0x011B: base = UInt8(ascii: "e")
        case 0x011C...0x0123: base = UInt8(ascii: "g")
        case 0x0124...0x0127: base = UInt8(ascii: "h")
        case 0x0128...0x0133: base = UInt8(ascii: "i")
        case 0x0134...0x0135: base = UInt8(ascii: "j")
        case 0x0136...0x0138: base = UInt8(ascii: "k")
        case 0x0139...0x0142: base = UInt8(ascii: "l")
        case 0x0143...0x014B: base = UInt8(ascii: "n")
        case 0x014C...0x0151: base = UInt8(ascii: "o")
        case 0x0154...0x0159: base = UInt8(ascii: "r")
        case 0x015A...0x0161: base = UInt8(ascii: "s")
        case 0x0162...0x0167: base = UInt8(ascii: "t")
        case 0x0168...0x0173: base = UInt8(ascii: "u")
        case 0x0174...0x0175: base = UInt8(ascii: "w")
        case 0x0176...0x0178: base = UInt8(ascii: "y")
        case 0x0179...0x017E: base = UInt8(ascii: "z")
        default: base = UInt8(ascii: "s")
        }
        return base
    }
}
