/// Cuts text into lines, bullets and sentences, by Unicode-scalar offsets,
/// so that every piece can be traced back to the text it came from.
public enum Segmenter {
    /// One line of text, trimmed of surrounding white space; blank lines are skipped.
    public struct Line: Hashable, Sendable {
        public var segment: TextSegment
        /// Where the text after a bullet mark ("•", "-", "1.", "(a)") begins; nil for a plain line.
        public var bulletContentStart: Int?
        public var isBullet: Bool { bulletContentStart != nil }
    }

    public static func lines(_ scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        while start <= scalars.count {
            let index = next(where: { $0 == "\n" }, in: scalars, from: start, to: scalars.count)
            let segment = trimmed(scalars, TextSegment(start: start, end: index))
            if !segment.isEmpty {
                lines.append(Line(segment: segment, bulletContentStart: bulletContent(scalars, segment)))
            }
            start = index + 1
        }
        return lines
    }

    /// Drops white space and invisible marks at both ends.
    public static func trimmed(_ scalars: [Unicode.Scalar], _ segment: TextSegment) -> TextSegment {
        var s = segment.start, e = segment.end
        while s < e, Script.isSpace(scalars[s]) || Script.isInvisible(scalars[s]) { s += 1 }
        while e > s, Script.isSpace(scalars[e - 1]) || Script.isInvisible(scalars[e - 1]) { e -= 1 }
        return TextSegment(start: s, end: e)
    }

    static let bulletMarks: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "●", "■", "□", "►", "▶", "-", "–", "—", "*", "✓", "✔", "○"]

    /// The start of the text after a bullet mark, or nil when the line has none.
    static func bulletContent(_ scalars: [Unicode.Scalar], _ line: TextSegment) -> Int? {
        var i = line.start
        guard i < line.end else { return nil }
        if bulletMarks.contains(scalars[i]) {
            i += 1
        } else {
            // "1." "1)" "1-" "(1)" "أ)" — a short label, then a closing mark and a space.
            var j = i
            if scalars[j] == "(" { j += 1 }
            let labelStart = j
            while j < line.end, j - labelStart < 3, Tokenizer.isDigit(scalars[j]) || (j == labelStart && scalars[j].properties.isAlphabetic && j + 1 < line.end && ")".unicodeScalars.first == scalars[j + 1]) {
                j += 1
            }
            guard j > labelStart, j < line.end, [".", ")", "-", "–"].contains(scalars[j]),
                  j + 1 < line.end, Script.isSpace(scalars[j + 1]) else { return nil }
            i = j + 1
        }
        guard i < line.end, Script.isSpace(scalars[i]) else { return nil }
        while i < line.end, Script.isSpace(scalars[i]) { i += 1 }
        return i < line.end ? i : nil
    }

    // Switches rather than Set<Unicode.Scalar>: asked for every scalar of every line,
    // where hashing showed in the extraction profile.
    /// . ! ? ؟ … ۔
    @inline(__always)
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4: return true
        default: return false
        }
    }

    /// " ” ’ » ) ' ]
    @inline(__always)
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201D, 0x2019, 0xBB, 0x29, 0x27, 0x5D: return true
        default: return false
        }
    }
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "no", "vs", "m", "mme", "mm", "gen", "col", "sen", "rep", "gov", "prof", "etc", "art",
    ]

    /// The sentences of `segment`: cut after a terminator (and any closing
    /// quotes) that a space follows, unless it ends a number ("2.0"), an
    /// initial ("U.S.") or a common abbreviation ("Mr.", "Jan.").
    public static func sentences(_ scalars: [Unicode.Scalar], in segment: TextSegment) -> [TextSegment] {
        var result: [TextSegment] = []
        var start = segment.start
        var i = segment.start
        while i < segment.end {
            i = next(where: isTerminator, in: scalars, from: i, to: segment.end)
            guard i < segment.end else { break }
            var j = i + 1
            while j < segment.end, isTerminator(scalars[j]) || isCloser(scalars[j]) { j += 1 }
            let atSpace = j == segment.end || Script.isSpace(scalars[j])
            if atSpace && (scalars[i] != "." || !isAbbreviation(scalars, before: i, from: start)) || isGluedStop(scalars, at: i, next: j, end: segment.end) && !isAbbreviation(scalars, before: i, from: start) {
                let piece = trimmed(scalars, TextSegment(start: start, end: j))
                if !piece.isEmpty { result.append(piece) }
                start = j
            }
            i = j
        }
        let rest = trimmed(scalars, TextSegment(start: start, end: segment.end))
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// The first index from `from` (before `to`) whose scalar value passes
    /// `test`, or `to`: a scan on the array's buffer, without a bounds check
    /// per scalar (lines and sentences are cut by reading every scalar).
    @inline(__always)
    private static func next(where test: (Unicode.Scalar) -> Bool, in scalars: [Unicode.Scalar], from: Int, to: Int) -> Int {
        precondition(from >= 0 && to <= scalars.count)
        return scalars.withUnsafeBufferPointer { buffer in
            var i = from
            while i < to, !test(buffer[i]) { i += 1 }
            return i
        }
    }

    /// A full stop with no space after it that still ends a sentence, as in
    /// text copied from web pages whose paragraphs lost their spaces: between
    /// a lower-case word and a capitalised one ("the table.Foreign Minister").
    /// "U.S.", "e.g." and "news.un.org" do not qualify.
    static func isGluedStop(_ scalars: [Unicode.Scalar], at dot: Int, next: Int, end: Int) -> Bool {
        guard scalars[dot] == ".", next == dot + 1, dot >= 2, next + 1 < end else { return false }
        let before = scalars[dot - 1], after = scalars[next]
        return before.properties.isLowercase && scalars[dot - 2].properties.isLowercase
            && after.properties.isUppercase && scalars[next + 1].properties.isLowercase
    }

    private static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0

    /// `abbreviations` (ASCII, at most eight letters) as their bytes packed
    /// into integers, the first byte lowest.
    private static let packedAbbreviations: Set<UInt64> = Set(abbreviations.map { word in
        precondition(word.utf8.count <= 8 && word.utf8.allSatisfy { $0 < 0x80 })
        return word.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    })

    @inline(__always)
    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int, from start: Int) -> Bool {
        // After an Arabic-block scalar (most dots of Arabic text): either it is a
        // letter of the word, which then is no initial (Arabic has no case) and
        // matches no abbreviation (all are ASCII, and no Arabic spelling is
        // canonically equal to ASCII), or it is no letter and the word is empty.
        // This runs at every dot of every article, so the word is never built as a String.
        if dot > start, (0x0600...0x06FF).contains(scalars[dot - 1].value) { return false }
        var k = dot
        var ascii = true
        while k > start {
            let scalar = scalars[k - 1]
            if scalar.isASCII {
                guard isASCIILetter(scalar) else { break }
            } else {
                guard scalar.properties.isAlphabetic else { break }
                ascii = false
            }
            k -= 1
        }
        if ascii {
            // ASCII letters (almost every dot): each one Character, upper case only A–Z,
            // so the same answers without Unicode property tables or a String per dot.
            if dot - k == 1, (0x41...0x5A).contains(scalars[k].value) { return true }
            guard dot - k <= longestAbbreviation else { return false }
            // The word's lower-cased bytes packed into an integer: no String per dot.
            var packed: UInt64 = 0
            for (n, scalar) in scalars[k..<dot].enumerated() {
                packed |= UInt64(scalar.value <= 0x5A ? scalar.value + 0x20 : scalar.value) << (8 * UInt64(n))
            }
            return packedAbbreviations.contains(packed)
        }
        let word = String(String.UnicodeScalarView(scalars[k..<dot]))
        if word.count == 1, word.first!.isUppercase { return true }  // an initial: U.S., J. Smith
        return abbreviations.contains(word.lowercased())
    }
}
