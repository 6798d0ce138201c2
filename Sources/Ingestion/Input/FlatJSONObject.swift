import Foundation

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

    /// The end of the run of bytes from `from` (before `to`) that need no
    /// decoding: no backslash and no control character. Eight bytes are
    /// tested at a time (a run is most of an article's text), the rest one by one.
    static func plainRunEnd(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= to {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // Whether some byte is below 0x20, or is 0x5C (a zero byte of word ^ 0x5C…): the
            // classic "has a byte less than n" test (n <= 0x80), which never misses one. The
            // word holding the first such byte is left to the byte scan below, which finds it.
            let below20 = (word &- ones &* 0x20) & ~word & highs
            let x = word ^ (ones &* 0x5C)
            let backslash = (x &- ones) & ~x & highs
            if below20 | backslash != 0 { break }
            i += 8
        }
        while i < to, base[i] != 0x5C, base[i] >= 0x20 { i += 1 }
        return i
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

        /// A string value, its escapes decoded straight into a string the size
        /// of its escaped bytes (decoded, a value is never longer), runs
        /// without escapes copied whole.
        mutating func string() -> String? {
            guard take(0x22), let base = bytes.baseAddress, let close = closingQuote() else { return nil }
            var valid = true
            let value = String(unsafeUninitializedCapacity: close - i) { out in
                let dst = out.baseAddress!
                var n = 0
                while i < close {
                    let run = i
                    i = FlatJSONObject.plainRunEnd(base, from: i, to: close)
                    (dst + n).update(from: base + run, count: i - run)
                    n += i - run
                    guard i < close else { break }
                    // A raw control character is JSONDecoder's to judge.
                    guard base[i] == 0x5C else { valid = false; return 0 }
                    let e = base[i + 1]
                    i += 2
                    let plain: UInt8
                    switch e {
                    case 0x22, 0x5C, 0x2F: plain = e
                    case 0x62: plain = 0x08
                    case 0x66: plain = 0x0C
                    case 0x6E: plain = 0x0A
                    case 0x72: plain = 0x0D
                    case 0x74: plain = 0x09
                    case 0x75:
                        guard let scalar = unicodeEscape(), i <= close else { valid = false; return 0 }
                        for byte in UTF8.encode(scalar)! {
                            dst[n] = byte
                            n += 1
                        }
                        continue
                    default:
                        valid = false
                        return 0
                    }
                    dst[n] = plain
                    n += 1
                }
                return n
            }
            i = close + 1
            return valid ? value : nil
        }

        /// The position of the quote that closes the string starting at `i`:
        /// the first one after an even run of backslashes (found with memchr).
        func closingQuote() -> Int? {
            guard let base = bytes.baseAddress else { return nil }
            var from = i
            while from < bytes.count, let found = memchr(base + from, 0x22, bytes.count - from) {
                let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var backslashes = 0
                while quote - backslashes - 1 >= i, base[quote - backslashes - 1] == 0x5C { backslashes += 1 }
                if backslashes % 2 == 0 { return quote }
                from = quote + 1
            }
            return nil
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
