/// Decides between English and French for Latin-script words of a text
/// that carries no English or French marker.
///
/// The rule is deliberately simple: a word with a French accent (é è ê à
/// ç ô î û ù ë ï ü ÿ œ æ) is French; otherwise the text is French when it has
/// so far shown more French function words (le, la, les, des, du, et…)
/// than English ones (the, and, of, to…); otherwise English.
struct LatinLanguageGuess {
    private var french = 0
    private var english = 0

    /// Counts `word` (folded ASCII) and returns the language to stem it in.
    mutating func language(for word: UnsafeBufferPointer<UInt8>, accented: Bool) -> AnalyzerLanguage {
        if Self.matches(word, Self.frenchFunctionWords) { french += 1 }
        else if Self.matches(word, Self.englishFunctionWords) { english += 1 }
        return accented || french > english ? .french : .english
    }

    private static let frenchFunctionWords: [[UInt8]] = [
        "le", "la", "les", "des", "du", "et", "un", "une", "pour", "avec", "dans", "sur", "au", "aux",
        "est", "qui", "que", "par", "ce", "cette", "entre", "ont", "sont", "leur", "leurs",
    ].map { Array($0.utf8) }

    private static let englishFunctionWords: [[UInt8]] = [
        "the", "and", "of", "to", "in", "with", "for", "on", "is", "that", "by", "this", "between",
        "from", "are", "was", "were", "has", "have", "their", "its",
    ].map { Array($0.utf8) }

    private static func matches(_ word: UnsafeBufferPointer<UInt8>, _ list: [[UInt8]]) -> Bool {
        guard word.count <= 7 else { return false }
        return list.contains { $0.elementsEqual(word) }
    }
}
