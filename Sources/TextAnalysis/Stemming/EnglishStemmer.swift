/// English stemming for search: Snowball's English stemmer (``Porter2``),
/// with irregular plurals and British spellings brought to the forms it
/// stems alike: cooperation, cooperate and cooperative become "cooper";
/// crises meets crisis, organisation meets organization.
public enum EnglishStemmer {
    /// The stem of one English word.
    ///
    /// - Parameter word: a single lower-case word; letters outside a–z are
    ///   kept as they are and treated as consonants.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems lower-case ASCII bytes in place.
    static func stem(_ bytes: inout [UInt8], lexicon: EnglishLexicon = .shared) {
        if let singular = lexicon.irregularForms[bytes] { bytes = singular }
        Porter2.stem(&bytes, exceptions: lexicon)
        if let american = lexicon.spellingStems[bytes] { bytes = american }
    }

    /// Porter2's stem alone, without the word lists of irregular plurals
    /// and spellings (its own special words included).
    static func porter2(_ word: String) -> String {
        var bytes = Array(word.utf8)
        Porter2.stem(&bytes, exceptions: .shared)
        return String(decoding: bytes, as: UTF8.self)
    }
}
