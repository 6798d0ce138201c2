/// Finds the words of UTF-8 text the way FTS5's unicode61 tokenizer with
/// `categories 'L* N* Co M*'` would, without building strings: letters,
/// digits and combining marks make words (so harakat stay inside Arabic
/// words), everything else separates them, a private-use scalar is a word
/// of its own (the language markers), and a change between Arabic letters
/// and anything else (digits of any script included) also ends a word.
struct TokenScanner {
    enum Kind: Equatable {
        case arabic
        case other
        case marker(UInt32)
    }

    let text: UnsafeBufferPointer<UInt8>

    /// Calls `body` with each word's byte range and kind, until it returns false.
    /// Returns false when `body` stopped the scan.
    func forEachWord(_ body: (Range<Int>, Kind) -> Bool) -> Bool {
        var i = 0
        let n = text.count
        while i < n {
            let (value, length) = decode(at: i)
            guard let kind = Self.kind(of: value) else {
                i += length
                continue
            }
            if case .marker = kind {
                if !body(i..<(i + length), kind) { return false }
                i += length
                continue
            }
            var j = i + length
            while j < n {
                let (next, nextLength) = decode(at: j)
                guard let nextKind = Self.kind(of: next), nextKind == kind else { break }
                j += nextLength
            }
            if !body(i..<j, kind) { return false }
            i = j
        }
        return true
    }

    /// The scalar starting at byte `i` and its length; an invalid byte
    /// decodes as U+FFFD of length one.
    @inline(__always)
    func decode(at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(text[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = text.count
        if b0 & 0xE0 == 0xC0, i + 1 < n {
            return (((b0 & 0x1F) << 6) | (UInt32(text[i + 1]) & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(text[i + 1]) & 0x3F) << 6) | (UInt32(text[i + 2]) & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n {
            let v = ((b0 & 0x07) << 18) | ((UInt32(text[i + 1]) & 0x3F) << 12)
                | ((UInt32(text[i + 2]) & 0x3F) << 6) | (UInt32(text[i + 3]) & 0x3F)
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    /// The kind of word a scalar belongs to, or nil for a separator.
    @inline(__always)
    static func kind(of v: UInt32) -> Kind? {
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .other
            default: return nil
            }
        }
        switch v {
        case 0x0600...0x060F, 0x061B...0x061F, 0x066A...0x066D, 0x06D4, 0x06DD, 0x06DE, 0x06E9:
            return nil                                   // Arabic punctuation and signs
        case 0x0660...0x0669, 0x06F0...0x06F9:
            return .other                                // Arabic digits go with ASCII ones: ٢٠٢٦م is 2026 + م
        case 0x0610...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFD3D, 0xFD40...0xFDFF, 0xFE70...0xFEFC:
            return .arabic
        case 0xE000...0xF8FF:
            return .marker(v)
        default:
            guard let scalar = Unicode.Scalar(v) else { return nil }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark,
                 .decimalNumber, .letterNumber, .otherNumber:
                return .other
            default:
                return nil
            }
        }
    }
}
