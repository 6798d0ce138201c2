extension String {
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
