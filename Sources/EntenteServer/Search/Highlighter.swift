import Model
import TextAnalysis

/// Marks the words of a text that a search's words match, as the index
/// matched them: both go through the search analyzer, so `cooperate`
/// marks "cooperation" and تعاون marks "التعاون". Works on the text itself,
/// not on a snippet with marker characters, so that no character of the
/// text can pass for a mark.
struct Highlighter: Sendable {
    /// Index terms the query's words stand for (each word's stems).
    private var terms: Set<String> = []
    /// The normalised stems of `word*` prefixes.
    private var prefixes: [String] = []

    init(query: String) {
        let analyzer = SearchAnalyzer()
        for word in query.split(whereSeparator: { $0.isWhitespace || "\"“”«»".contains($0) }) {
            let isPrefix = word.hasSuffix("*")
            var text = String(word.drop { $0 == "*" })
            while text.hasSuffix("*") { text.removeLast() }
            text.withUTF8 { bytes in
                _ = analyzer.tokenize(utf8: bytes, purpose: isPrefix ? .prefixQuery : .query) { term, _, _ in
                    let term = String(decoding: term, as: UTF8.self)
                    if isPrefix { prefixes.append(term) } else { terms.insert(term) }
                    return true
                }
            }
        }
    }

    var isEmpty: Bool { terms.isEmpty && prefixes.isEmpty }

    /// `text` cut into runs, each marked when it is a matched word.
    func segments(of text: String, language: Language) -> [TextRun] {
        guard !isEmpty else { return [TextRun(text: text, marked: false)] }
        let utf8 = Array(text.utf8)
        var runs: [TextRun] = []
        var position = 0
        for token in SearchAnalyzer().analyze(text, language: AnalyzerLanguage(language))
        where matches(token.term) && token.utf8Range.lowerBound >= position {
            if token.utf8Range.lowerBound > position {
                runs.append(TextRun(text: String(decoding: utf8[position..<token.utf8Range.lowerBound], as: UTF8.self), marked: false))
            }
            runs.append(TextRun(text: String(decoding: utf8[token.utf8Range], as: UTF8.self), marked: true))
            position = token.utf8Range.upperBound
        }
        if position < utf8.count {
            runs.append(TextRun(text: String(decoding: utf8[position...], as: UTF8.self), marked: false))
        }
        return runs
    }

    private func matches(_ term: String) -> Bool {
        terms.contains(term) || prefixes.contains { term.hasPrefix($0) }
    }
}

/// A piece of text, marked or not (a template wraps a marked one in `<mark>`).
struct TextRun: Hashable, Sendable {
    var text: String
    var marked: Bool
}
