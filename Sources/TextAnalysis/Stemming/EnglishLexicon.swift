/// The English word lists of `Lexicons/`, loaded once from the embedded files:
/// Porter2's special words, irregular plurals, and British spellings with
/// their American counterparts.
struct EnglishLexicon: Sendable {
    /// Words stemmed as a whole before Porter2's rules (skies → sky; news
    /// stays news).
    let specialWords: [[UInt8]: [UInt8]]
    /// Words Porter2 leaves alone once the plural s is gone (inning, proceed).
    let invariantsAfterStep1a: Set<[UInt8]>
    /// The length of the longest of those words: longer words skip the look-ups.
    let longestSpecialWord: Int
    /// A plural no rule reaches → its singular, as written (crises → crisis).
    let irregularForms: [[UInt8]: [UInt8]]
    /// A British spelling's stem → the American spelling's stem (organis →
    /// organiz), so that every inflection of the two meets.
    let spellingStems: [[UInt8]: [UInt8]]

    static let shared = EnglishLexicon(
        exceptions: EmbeddedFiles.files["english-stemmer-exceptions.txt"] ?? "",
        irregularPlurals: EmbeddedFiles.files["english-irregular-plurals.txt"] ?? "",
        spellingVariants: EmbeddedFiles.files["english-spelling-variants.txt"] ?? "")

    init(exceptions: String, irregularPlurals: String, spellingVariants: String) {
        // Capacities reserved: growing the tables rehashed every key, a third
        // of building them.
        let exceptionLines = Self.lines(exceptions)
        var special = [[UInt8]: [UInt8]](minimumCapacity: exceptionLines.count)
        var invariants = Set<[UInt8]>(minimumCapacity: exceptionLines.count)
        var afterStep1a = false
        for line in exceptionLines {
            // A section header: `[whole word]` or `[after step 1a]`.
            if line[0].first == UInt8(ascii: "[") {
                afterStep1a = line[0] == Array("[after".utf8)
                continue
            }
            if afterStep1a {
                invariants.insert(line[0])
            } else {
                special[line[0]] = line.count >= 2 ? line[1] : line[0]
            }
        }
        specialWords = special
        invariantsAfterStep1a = invariants
        longestSpecialWord = (special.keys.map(\.count) + invariants.map(\.count)).max() ?? 0

        let irregularLines = Self.lines(irregularPlurals)
        var irregular = [[UInt8]: [UInt8]](minimumCapacity: irregularLines.count)
        for line in irregularLines where line.count >= 2 { irregular[line[0]] = line[1] }
        irregularForms = irregular

        // The stems are Porter2's, with the special words just read.
        let rulesOnly = EnglishLexicon(
            specialWords: special, invariantsAfterStep1a: invariants, longestSpecialWord: longestSpecialWord)
        let spellingLines = Self.lines(spellingVariants)
        var spelling = [[UInt8]: [UInt8]](minimumCapacity: spellingLines.count)
        for line in spellingLines where line.count >= 2 {
            var british = line[0], american = line[1]
            Porter2.stem(&british, exceptions: rulesOnly)
            Porter2.stem(&american, exceptions: rulesOnly)
            if british != american { spelling[british] = american }
        }
        spellingStems = spelling
    }

    private init(specialWords: [[UInt8]: [UInt8]], invariantsAfterStep1a: Set<[UInt8]>, longestSpecialWord: Int) {
        self.specialWords = specialWords
        self.invariantsAfterStep1a = invariantsAfterStep1a
        self.longestSpecialWord = longestSpecialWord
        irregularForms = [:]
        spellingStems = [:]
    }

    /// The words of each line that has any, lower-cased ASCII; `#` starts a comment.
    ///
    /// Read from the UTF-8 bytes: splitting the `String` into lines and
    /// words went through grapheme breaking and a lower-cased copy of every
    /// word, which a process searching one English word paid at start.
    static func lines(_ text: String) -> [[[UInt8]]] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [[[UInt8]]] = []
            var line: [[UInt8]] = []
            var word: [UInt8] = []
            var inComment = false
            func endWord() {
                if !word.isEmpty { line.append(word) }
                word.removeAll(keepingCapacity: true)
            }
            for byte in bytes {
                switch byte {
                case 0x0A, 0x0D:
                    endWord()
                    if !line.isEmpty { lines.append(line) }
                    line.removeAll(keepingCapacity: true)
                    inComment = false
                case _ where inComment:
                    continue
                case UInt8(ascii: "#"):
                    endWord()
                    inComment = true
                case 0x20, 0x09:
                    endWord()
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word.append(byte + 0x20)
                default:
                    word.append(byte)
                }
            }
            endWord()
            if !line.isEmpty { lines.append(line) }
            return lines
        }
    }
}
