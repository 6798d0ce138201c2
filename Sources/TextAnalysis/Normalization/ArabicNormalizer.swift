/// Folds Arabic spelling variation that readers do not notice, so that
/// vocalised, hamza-seated and unvocalised spellings of a word compare equal.
///
/// - drops harakat (U+064B–U+065F), the dagger alif (U+0670), tatweel (U+0640),
///   Quranic annotation marks (U+0610–U+061A, U+06D6–U+06ED);
/// - unifies alif forms أ إ آ ٱ (and the wavy-hamza alifs) → ا, ى → ي, ة → ه;
/// - folds hamza seats ؤ ئ → ء so that مسئول and مسؤول meet;
/// - maps Persian/Urdu letters ک ی ۀ ہ ھ ے to their Arabic forms;
/// - maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
///
/// Characters of other scripts pass through unchanged.
public enum ArabicNormalizer {
    /// The folded form of `text`.
    public static func normalize(_ text: String) -> String {
        if let folded = text.utf8.withContiguousStorageIfAvailable(normalize(utf8:)) { return folded }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) { scalars.append(folded) }
        }
        return String(scalars)
    }

    /// `normalize` on valid UTF-8, a byte at a time: only the Arabic block
    /// (two-byte scalars led by D8–DB) changes, and it folds to ASCII digits
    /// or other scalars of the block, never to longer UTF-8, so the result
    /// is written straight into a string of the input's size: this runs for
    /// every Arabic word indexed or searched.
    private static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var i = 0, n = 0
            while i < bytes.count {
                let lead = bytes[i]
                guard lead >= 0xD8, lead <= 0xDB, i + 1 < bytes.count else {
                    out[n] = lead
                    n += 1
                    i += 1
                    continue
                }
                let v = UInt16(lead & 0x1F) << 6 | UInt16(bytes[i + 1] & 0x3F)
                i += 2
                guard let light = lightFold(v) else { continue }
                let folded = strongFold(light)
                if folded < 0x80 {
                    out[n] = UInt8(folded)
                    n += 1
                } else {
                    out[n] = UInt8(0xC0 | folded >> 6)
                    out[n + 1] = UInt8(0x80 | folded & 0x3F)
                    n += 2
                }
            }
            return n
        }
    }

    /// One scalar folded, or nil when it is dropped (harakat, tatweel).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        guard v >= 0x0600, v <= 0x06FF else { return scalar }
        guard let light = lightFold(UInt16(v)) else { return nil }
        return Unicode.Scalar(UInt32(strongFold(light)))
    }

    /// Whether `scalar` is an Arabic-script letter (not a mark, digit or punctuation).
    public static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5, 0x06FA...0x06FC,
             0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return true
        default:
            return false
        }
    }
}

extension ArabicNormalizer {
    /// The first half of ``fold(_:)`` for a scalar of the Arabic block:
    /// drops marks and maps letter variants of other languages and digits,
    /// but keeps the letters whose difference the stemmer still needs
    /// (أ إ آ tell a root alif from the article's, ة and ى mark word ends,
    /// and ى tells على from the name علي).
    @inline(__always)
    static func lightFold(_ v: UInt16) -> UInt16? {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x0610...0x061A, 0x06D6...0x06ED:
            return nil
        case 0x0671, 0x0672, 0x0673, 0x0675: return 0x0627       // ٱ and wavy-hamza alifs → ا
        case 0x06CC, 0x06D2: return 0x064A                        // ی ے → ي
        case 0x06C0, 0x06C1, 0x06BE, 0x06D5: return 0x0647        // ۀ ہ ھ ە → ه
        case 0x06A9, 0x06AA: return 0x0643                        // ک ڪ → ك
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        default: return v
        }
    }

    /// The second half of ``fold(_:)``: merges what the stemmer kept apart.
    @inline(__always)
    static func strongFold(_ v: UInt16) -> UInt16 {
        switch v {
        case 0x0622, 0x0623, 0x0625: return 0x0627                // آ أ إ → ا
        case 0x0649: return 0x064A                                // ى → ي
        case 0x0629: return 0x0647                                // ة → ه
        case 0x0624, 0x0626: return 0x0621                        // ؤ ئ → ء
        default: return v
        }
    }
}
