@testable import TextAnalysis

extension SearchAnalyzer {
    /// The terms a query for `word` asks for, any of which matches.
    func queryTerms(_ word: String) -> Set<String> {
        var text = word
        var terms: Set<String> = []
        text.withUTF8 { bytes in
            _ = tokenize(utf8: bytes, purpose: .query) { term, _, _ in
                terms.insert(String(decoding: term, as: UTF8.self))
                return true
            }
        }
        return terms
    }
}
