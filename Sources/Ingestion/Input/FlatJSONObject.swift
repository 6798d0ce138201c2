/// The string fields of a one-line JSON object whose every value is a
/// string or null, the shape of each line of a `.jsonl` corpus, read
/// straight from its UTF-8 bytes.
///
/// `JSONDecoder` cost about 44 instructions per byte of every line, more
/// than a tenth of extracting the article. This reader accepts only what
/// `JSONDecoder` reads the same way and answers nil for anything else (a
/// number or nested value, an escape in a key, a non-ASCII key, a key given
/// twice, a lone surrogate, a control character, trailing text), so that
/// the caller falls back to `JSONDecoder` and its errors stay as they were.
enum FlatJSONObject {
    /// Each key with its string, or nil for `null`; nil when the line is not
    /// such an object (or not one this reader vouches for).
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: String?]? {
        var reader = Reader(bytes: bytes)
        return reader.object()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func object() -> [String: String?]? {
            skipSpace()
            guard take(0x7B) else { return nil }  // {
            var fields: [String: String?] = [:]
            skipSpace()
            if take(0x7D) { return atEnd() ? fields : nil }  // }
            while true {
                skipSpace()
                guard let key = key() else { return nil }
                skipSpace()
                guard take(0x3A) else { return nil }  // :
                skipSpace()
                let value: String?
                if peek == 0x22 {
                    guard let string = string() else { return nil }
                    value = string
                } else if takeNull() {
                    value = nil
                } else {
                    return nil
                }
                // A key given twice: leave to JSONDecoder which one counts.
                guard fields.updateValue(value, forKey: key) == nil else { return nil }
                skipSpace()
                if take(0x2C) { continue }  // ,
                guard take(0x7D) else { return nil }
                return atEnd() ? fields : nil
            }
        }

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            i += 1
            return true
        }

        mutating func skipSpace() {
            while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 }
        }

        mutating func atEnd() -> Bool {
            skipSpace()
            return i == bytes.count
        }

        mutating func takeNull() -> Bool {
            guard i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C else {
                return false
            }
            i += 4
            return true
        }

        /// A key of printable ASCII without escapes.
        mutating func key() -> String? {
            guard take(0x22) else { return nil }
            let start = i
            while let b = peek, b != 0x22 {
                guard b >= 0x20, b < 0x7F, b != 0x5C else { return nil }
                i += 1
            }
            guard take(0x22) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i - 1]), as: UTF8.self)
        }

        /// A string value, its escapes decoded, in one pass over its bytes
        /// straight into the string (decoded, a value is never longer than
        /// the rest of the line); runs without escapes are copied whole.
        mutating func string() -> String? {
            guard take(0x22), let base = bytes.baseAddress else { return nil }
            var valid = false
            let value = String(unsafeUninitializedCapacity: bytes.count - i) { out in
                let dst = out.baseAddress!
                var n = 0
                var k = i
                defer { i = k }
                while true {
                    let run = k
                    while k < bytes.count {
                        let b = base[k]
                        if b == 0x22 || b == 0x5C || b < 0x20 { break }
                        k += 1
                    }
                    (dst + n).update(from: base + run, count: k - run)
                    n += k - run
                    guard k + 1 < bytes.count else {
                        // The closing quote may end the line.
                        if k < bytes.count, base[k] == 0x22 { k += 1; valid = true }
                        return valid ? n : 0
                    }
                    let b = base[k]
                    k += 1
                    if b == 0x22 {
                        valid = true
                        return n
                    }
                    guard b == 0x5C else { return 0 }  // a raw control character
                    let e = base[k]
                    k += 1
                    let plain: UInt8
                    switch e {
                    case 0x22, 0x5C, 0x2F: plain = e
                    case 0x62: plain = 0x08
                    case 0x66: plain = 0x0C
                    case 0x6E: plain = 0x0A
                    case 0x72: plain = 0x0D
                    case 0x74: plain = 0x09
                    case 0x75:
                        i = k
                        guard let scalar = unicodeEscape() else { return 0 }
                        k = i
                        for byte in UTF8.encode(scalar)! {
                            dst[n] = byte
                            n += 1
                        }
                        continue
                    default:
                        return 0
                    }
                    dst[n] = plain
                    n += 1
                }
            }
            return valid ? value : nil
        }

        /// The scalar of `\uXXXX` (after the `u`), a surrogate pair joined;
        /// nil for a lone surrogate.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xDC00...0xDFFF).contains(high) { return nil }
            // (NUL is left to JSONDecoder too.)
            guard high != 0 else { return nil }
            guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) }
            guard take(0x5C), take(0x75), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let digit: UInt32
                switch b {
                case 0x30...0x39: digit = UInt32(b - 0x30)
                case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
                i += 1
            }
            return value
        }
    }
}
