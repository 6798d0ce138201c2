/// Text from an archive, a file or a file name made harmless on a terminal.
///
/// An article's title or text may hold escape sequences (ESC, CSI, OSC…)
/// that a terminal would obey: clear the screen, retitle the window, plant a
/// hyperlink. Every control character but line feed and tab is shown as an
/// escape instead: C0 and DEL as `\x1B`, C1 as `\u{9B}`. This is the one
/// place that does it; CSV and JSON output never pass through it.
enum TerminalText {
    static func safe(_ text: String) -> String {
        // 0xC2 leads every C1 control's UTF-8 (and U+00A0–U+00BF, which the
        // slow path below leaves as they are).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                result.append(scalar)
            case 0..<0x20, 0x7F:
                result.append(contentsOf: ("\\x" + hex(scalar.value, digits: 2)).unicodeScalars)
            case 0x80..<0xA0:
                result.append(contentsOf: ("\\u{" + hex(scalar.value, digits: 2) + "}").unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
