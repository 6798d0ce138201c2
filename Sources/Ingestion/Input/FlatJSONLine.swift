import Foundation

/// The string values of a `.jsonl` line that is a flat object, read straight
/// from its UTF-8 bytes: the shape of every line of a corpus.
///
/// `JSONDecoder` reads each byte several times (a map of the document, then
/// the strings) and costs about 44 instructions a byte. This reader accepts
/// only lines that `JSONDecoder` reads the same way and answers nil for
/// anything else (a value that is neither a string nor null, an escape or a
/// non-ASCII character in a key, a key given twice, a lone surrogate or a NUL
/// escape, a raw control character, text after the object): such a line goes
/// to `JSONDecoder`, so what is accepted and every error stay its own.
struct FlatJSONLine {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// Each key with its string (null values left out), or nil when the
    /// line is not such an object.
    static func values(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: String]? {
        var reader = FlatJSONLine(bytes: bytes)
        return reader.object()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func object() -> [String: String]? {
        guard take(0x7B) else { return nil }  // {
        var values: [String: String] = [:]
        var keys: Set<String> = []
        if take(0x7D) { return atEnd() ? values : nil }  // }
        repeat {
            guard let key = key(), keys.insert(key).inserted, take(0x3A) else { return nil }  // :
            skipSpace()
            if peek == 0x22 {
                guard let value = string() else { return nil }
                values[key] = value
            } else if !takeNull() {
                return nil
            }
        } while take(0x2C)  // ,
        return take(0x7D) && atEnd() ? values : nil
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips white space, then takes `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard peek == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    private mutating func takeNull() -> Bool {
        guard bytes.count - index >= 4, bytes[index..<index + 4].elementsEqual("null".utf8) else { return false }
        index += 4
        return true
    }

    /// A key of printable ASCII without escapes.
    private mutating func key() -> String? {
        guard take(0x22) else { return nil }
        let start = index
        while let byte = peek, byte != 0x22 {
            guard byte >= 0x20, byte < 0x7F, byte != 0x5C else { return nil }
            index += 1
        }
        guard peek == 0x22 else { return nil }
        index += 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
    }

    /// A string value, decoded straight into the string's storage (never
    /// longer than its escaped bytes). The closing quote and the backslashes
    /// are found with `memchr`, raw control characters by the smallest byte:
    /// a text's bytes are each read a few times, not stepped through.
    private mutating func string() -> String? {
        guard let base = bytes.baseAddress, let close = closingQuote(after: index) else { return nil }
        let start = index + 1
        guard UnsafeBufferPointer(start: base + start, count: close - start).min() ?? 0x20 >= 0x20 else { return nil }
        index = start
        var valid = true
        let value = String(unsafeUninitializedCapacity: close - start) { out in
            var written = 0
            while index < close {
                let found = memchr(base + index, 0x5C, close - index).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
                let runEnd = found ?? close
                _ = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(from: UnsafeBufferPointer(start: base + index, count: runEnd - index))
                written += runEnd - index
                index = runEnd
                guard index < close else { break }
                index += 1  // the backslash
                guard let escaped = escape(), index <= close else { valid = false; break }
                for byte in UTF8.encode(escaped)! {
                    out[written] = byte
                    written += 1
                }
            }
            return written
        }
        index = close + 1
        return valid ? value : nil
    }

    /// The quote that closes the string whose opening quote is at `open`:
    /// the first one after an even run of backslashes.
    private func closingQuote(after open: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var from = open + 1
        while from < bytes.count, let found = memchr(base + from, 0x22, bytes.count - from) {
            let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var backslashes = 0
            while quote - backslashes - 1 > open, base[quote - backslashes - 1] == 0x5C { backslashes += 1 }
            if backslashes % 2 == 0 { return quote }
            from = quote + 1
        }
        return nil
    }

    /// The character of the escape after a backslash.
    private mutating func escape() -> Unicode.Scalar? {
        guard let letter = peek else { return nil }
        index += 1
        switch letter {
        case 0x22, 0x5C, 0x2F: return Unicode.Scalar(letter)
        case 0x62: return "\u{08}"
        case 0x66: return "\u{0C}"
        case 0x6E: return "\n"
        case 0x72: return "\r"
        case 0x74: return "\t"
        case 0x75: return unicodeEscape()
        default: return nil
        }
    }

    /// The scalar of `\uXXXX` (after the `u`), a surrogate pair joined; nil
    /// for a lone surrogate and for NUL.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4(), high != 0, !(0xDC00...0xDFFF).contains(high) else { return nil }
        guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) }
        guard peek == 0x5C else { return nil }
        index += 1
        guard peek == 0x75 else { return nil }
        index += 1
        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            index += 1
        }
        return value
    }
}
