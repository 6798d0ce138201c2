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
        var special: [[UInt8]: [UInt8]] = [:]
        var invariants = Set<[UInt8]>()
        var afterStep1a = false
        for line in Self.lines(exceptions) {
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

        var irregular: [[UInt8]: [UInt8]] = [:]
        for line in Self.lines(irregularPlurals) where line.count >= 2 { irregular[line[0]] = line[1] }
        irregularForms = irregular

        // The stems are Porter2's, with the special words just read.
        let rulesOnly = EnglishLexicon(
            specialWords: special, invariantsAfterStep1a: invariants, longestSpecialWord: longestSpecialWord)
        var spelling: [[UInt8]: [UInt8]] = [:]
        for line in Self.lines(spellingVariants) where line.count >= 2 {
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
    static func lines(_ text: String) -> [[[UInt8]]] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: \.isWhitespace).map { Array($0.lowercased().utf8) }
            return words.isEmpty ? nil : words
        }
    }
}
