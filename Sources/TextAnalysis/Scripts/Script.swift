/// The writing system a character belongs to, as far as Entente cares.
public enum Script: Sendable, Hashable {
    case arabic, latin, other

    /// The script of `scalar`: Arabic blocks (letters, marks and digits),
    /// Latin letters, or anything else.
    /// (Inlinable, like the tests below: extraction asks them of every scalar
    /// from another module, where a call cost more than the test.)
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return .arabic
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF:
            return .latin
        default:
            return .other
        }
    }

    /// Whether `scalar` is invisible formatting that readers never see and
    /// matching must ignore: zero-width characters, bidi controls, soft hyphen, BOM.
    @inlinable
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` is a space of any width (NBSP, narrow NBSP, ideographic…), line breaks included.
    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Fast paths: ASCII, and below U+1680 (accented Latin, the Arabic
        // block), where White_Space holds only NEL and NBSP.
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return scalar.properties.isWhitespace
    }
}
