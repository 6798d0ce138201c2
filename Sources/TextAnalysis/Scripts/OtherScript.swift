/// Writing systems other than Arabic and Latin whose letters tell that an
/// article is in a language Entente does not read.
enum OtherScript: Hashable, CaseIterable {
    case han, kana, hangul, cyrillic, greek, hebrew, devanagari, thai

    /// The script of a letter outside the Arabic and Latin blocks, or nil.
    static func of(_ scalar: Unicode.Scalar) -> OtherScript? {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: return .han
        case 0x3040...0x30FF: return .kana
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return .hangul
        case 0x0400...0x052F: return .cyrillic
        case 0x0370...0x03FF, 0x1F00...0x1FFF: return .greek
        case 0x0591...0x05F4: return .hebrew
        case 0x0900...0x097F: return .devanagari
        case 0x0E00...0x0E7F: return .thai
        default: return nil
        }
    }

    /// How a message names the language of a text in this script.
    var language: String {
        switch self {
        case .han: return "Chinese"
        case .kana: return "Japanese"
        case .hangul: return "Korean"
        case .cyrillic: return "Russian or another Cyrillic-script language"
        case .greek: return "Greek"
        case .hebrew: return "Hebrew"
        case .devanagari: return "Hindi or another Devanagari-script language"
        case .thai: return "Thai"
        }
    }
}
