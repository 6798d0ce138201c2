import Mustache

/// How every `{{value}}` of the page templates is written: HTML-escaped
/// (`& < > " '`, so that text can stand in an element or a quoted
/// attribute), with control characters shown as text (`\x1B`, `\u{9B}`) as
/// the command line shows them, since a browser would drop or garble them.
/// Templates choose it with `{{% CONTENT_TYPE: SAFE_HTML}}` on their first
/// line, and hold no `{{{…}}}` or `{{&…}}`: no stored text reaches a page
/// unescaped.
struct SafeHTML: MustacheContentType {
    static let name = "SAFE_HTML"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t", "\r": result.unicodeScalars.append(scalar)
            default:
                switch scalar.value {
                case 0..<0x20, 0x7F: result += "\\x" + hex(scalar.value)
                case 0x80..<0xA0: result += "\\u{" + hex(scalar.value) + "}"
                default: result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Bytes that may need escaping: ASCII specials and controls, and 0xC2,
    /// which leads every C1 control's UTF-8.
    private static func needsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static func hex(_ value: UInt32) -> String {
        String(value, radix: 16, uppercase: true).leftPadded(to: 2)
    }
}
