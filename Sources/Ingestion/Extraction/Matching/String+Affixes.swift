extension String {
    /// A reading's proclitics without the article: "بال" → "ب", "وال" → "و", "ال" → ""
    /// (the article's ل is no preposition; "لل", ل before an elided article, keeps it).
    var withoutArticle: String { hasSuffix("ال") ? String(dropLast(2)) : self }

    /// `hasSuffix(letters)` for a reading's proclitics (و ف ب ل ك س ا), on
    /// their UTF-8 bytes.
    ///
    /// `hasSuffix` compares Characters by canonical equivalence, which for
    /// Arabic text normalises on every call (~770 instructions). When this
    /// string and `letters` are made of those seven letters only, each letter
    /// is a Character of its own with no decomposition, so comparing bytes is
    /// comparing Characters; any other string is left to `hasSuffix`.
    func procliticsEnd(with letters: StaticString) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let suffix = UnsafeBufferPointer(start: letters.utf8Start, count: letters.utf8CodeUnitCount)
            guard String.isProclitics(bytes), String.isProclitics(suffix) else { return nil }
            guard bytes.count >= suffix.count else { return false }
            return bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
        }
        if let answer = fast ?? nil { return answer }
        return hasSuffix(letters.description)
    }

    /// `hasPrefix(letters)` for Arabic letters without decompositions
    /// (ء, ا–غ, ف–ي: "ال", "و", "لل"), on UTF-8 bytes.
    ///
    /// Such a letter is canonically equal to itself alone (no other
    /// spelling decomposes to it), so this string's first Characters equal
    /// `letters` only when its first bytes are theirs, and then do unless the
    /// scalar after them extends the last one's Character (a mark, a joiner):
    /// that case, and any other `letters`, are left to `hasPrefix`, which
    /// normalises Arabic on every call.
    func arabicStarts(with letters: StaticString) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let prefix = UnsafeBufferPointer(start: letters.utf8Start, count: letters.utf8CodeUnitCount)
            guard String.isPlainArabic(prefix) else { return nil }
            guard bytes.count >= prefix.count, bytes[..<prefix.count].elementsEqual(prefix) else { return false }
            guard bytes.count > prefix.count else { return true }
            let next = bytes[prefix.count]
            if next < 0x80 { return true }
            guard bytes.count >= prefix.count + 2 else { return nil }
            return String.isPlainArabicLetter(next, bytes[prefix.count + 1]) ? true : nil
        }
        if let answer = fast ?? nil { return answer }
        return hasPrefix(letters.description)
    }

    /// Whether `bytes` are the UTF-8 of Arabic letters that decompose to nothing else (at least one).
    private static func isPlainArabic(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count % 2 == 0 else { return false }
        var i = 0
        while i < bytes.count {
            guard isPlainArabicLetter(bytes[i], bytes[i + 1]) else { return false }
            i += 2
        }
        return true
    }

    /// Whether two bytes are the UTF-8 of ء (U+0621), ا–غ (U+0627–U+063A) or ف–ي (U+0641–U+064A):
    /// letters with no decomposition, each a Character of its own before another of them.
    @inline(__always)
    private static func isPlainArabicLetter(_ lead: UInt8, _ trail: UInt8) -> Bool {
        switch (lead, trail) {
        case (0xD8, 0xA1), (0xD8, 0xA7...0xBA), (0xD9, 0x81...0x8A): return true
        default: return false
        }
    }

    /// Whether `bytes` are the UTF-8 of a run of و ف ب ل ك س ا (empty included).
    private static func isProclitics(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count % 2 == 0 else { return false }
        var i = 0
        while i < bytes.count {
            switch (bytes[i], bytes[i + 1]) {
            case (0xD8, 0xA7), (0xD8, 0xA8), (0xD8, 0xB3), (0xD9, 0x81), (0xD9, 0x83), (0xD9, 0x84), (0xD9, 0x88): break
            default: return false
            }
            i += 2
        }
        return true
    }

    /// Whether this string, lower-cased, ends with one of `suffixes`
    /// (`lowercased().hasSuffix` for each), on bytes when the string is ASCII.
    ///
    /// An ASCII string's Characters are its bytes (but for CR LF, left out),
    /// and lower-casing it changes A–Z alone; a suffix with a non-ASCII
    /// scalar below U+0340 (é) keeps a non-ASCII scalar when decomposed, so
    /// it ends no ASCII string. Other strings take `lowercased()`.
    func lowercasedEnds(withAnyOf suffixes: [StaticString]) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            for suffix in suffixes {
                let s = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
                if s.contains(where: { $0 >= 0x80 }) {
                    // Below U+0340 no scalar decomposes to a lone other scalar, so one
                    // that is not ASCII here keeps a non-ASCII scalar in its decomposition.
                    guard s.allSatisfy({ $0 < 0xCD }) else { return nil }
                    continue
                }
                guard bytes.count >= s.count else { continue }
                var k = 0
                while k < s.count {
                    var b = bytes[bytes.count - s.count + k]
                    if b >= 0x41, b <= 0x5A { b += 0x20 }
                    if b != s[k] { break }
                    k += 1
                }
                if k == s.count { return true }
            }
            return false
        }
        if let answer = fast ?? nil { return answer }
        let lower = lowercased()
        return suffixes.contains { lower.hasSuffix($0.description) }
    }
}
