import Foundation

/// A URL's query as name–value pairs, read and written as HTML forms send
/// it (`application/x-www-form-urlencoded`): `+` is a space, everything
/// else outside the unreserved characters is percent-encoded UTF-8.
enum QueryString {
    typealias Item = (name: String, value: String)

    /// The pairs of `raw` (without the `?`), in order; a name or value
    /// whose escapes are not UTF-8 is refused.
    static func parse(_ raw: String?) throws -> [Item] {
        guard let raw, !raw.isEmpty else { return [] }
        return try raw.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0])
            return (name, parts.count > 1 ? try decode(parts[1]) : "")
        }
    }

    static func encode(_ items: [Item]) -> String {
        items.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
    }

    private static func decode(_ text: Substring) throws -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw ServerError.badParameter(name: String(text.prefix(40)), value: "", expected: "percent-encoded UTF-8")
        }
        return decoded
    }

    private static func encode(_ text: String) -> String {
        var bytes = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "*"):
                bytes.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                bytes += "+"
            default:
                bytes += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return bytes
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
