/// Splits text into words, numbers and single punctuation marks.
///
/// Words run over letters and combining marks (harakat, accents, tatweel);
/// invisible formatting inside a word (a zero-width joiner, a bidi mark) is
/// skipped rather than splitting it. Apostrophes and hyphens split words
/// ("l'Union" → l ' Union), since clitics are matched word by word.
public enum Tokenizer {
    public static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var lastEnd = -1
        let count = scalars.count
        // A token's scalars, less skipped invisible marks; made a String at its end.
        var surface: [Unicode.Scalar] = []
        while index < count {
            let scalar = scalars[index]
            if Script.isSpace(scalar) || Script.isInvisible(scalar) {
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            surface.removeAll(keepingCapacity: true)
            if isDigit(scalar) {
                kind = .number
                while index < count, isDigit(scalars[index]) {
                    surface.append(scalars[index])
                    index += 1
                }
            } else if isWordScalar(scalar) {
                kind = .word
                while index < count {
                    let s = scalars[index]
                    if isWordScalar(s) {
                        surface.append(s)
                    } else if !(Script.isInvisible(s) && index + 1 < count && isWordScalar(scalars[index + 1])) {
                        break
                    }
                    index += 1
                }
            } else {
                kind = .punctuation
                surface.append(scalar)
                index += 1
            }
            tokens.append(Token(kind: kind, start: start, end: index, surface: String(scalars: surface[...]), attached: start == lastEnd))
            lastEnd = index
        }
        return tokens
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: return true
        default: return false
        }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        // The Arabic block by table (letters, tatweel, harakat), since looking
        // up Unicode properties for every scalar of an Arabic text is the slow part.
        switch scalar.value {
        case 0x0621...0x065F, 0x0670...0x06D3, 0x06D5, 0x06FA...0x06FC: return true
        case 0x0600...0x06FF: return false
        default: break
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }
}
