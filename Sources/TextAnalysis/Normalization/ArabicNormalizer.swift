/// Folds Arabic spelling variation that readers do not notice, so that
/// vocalised, hamza-seated and unvocalised spellings of a word compare equal.
///
/// - drops harakat (U+064B–U+065F), the dagger alif (U+0670) and tatweel (U+0640);
/// - unifies alif forms أ إ آ ٱ → ا, ى → ي, ة → ه;
/// - folds hamza seats ؤ ئ → ء so that مسئول and مسؤول meet;
/// - maps Persian/Urdu letters ک ی ۀ ہ to their Arabic forms;
/// - maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
///
/// Characters of other scripts pass through unchanged.
public enum ArabicNormalizer {
    /// The folded form of `text`.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) { scalars.append(folded) }
        }
        return String(scalars)
    }

    /// One scalar folded, or nil when it is dropped (harakat, tatweel).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        guard v >= 0x0600, v <= 0x06FF else { return scalar }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"   // آ أ إ ٱ → ا
        case 0x0649, 0x06CC, 0x064A: return "\u{064A}"           // ى ی → ي
        case 0x0629, 0x06C0, 0x06C1: return "\u{0647}"           // ة ۀ ہ → ه
        case 0x0624, 0x0626: return "\u{0621}"                   // ؤ ئ → ء
        case 0x06A9: return "\u{0643}"                           // ک → ك
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)!
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)!
        default: return scalar
        }
    }

    /// Whether `scalar` is an Arabic-script letter (not a mark, digit or punctuation).
    public static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06FA...0x06FC,
             0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return true
        default:
            return false
        }
    }
}
