import Model
import TextAnalysis

/// An article prepared for extraction: its scalars, tokens with their
/// readings, and its lines and sentences, all by scalar offsets into the
/// original text so that whatever is found can be pointed at exactly.
struct Document {
    enum LineKind: Sendable { case prose, bullet, heading, boilerplate }

    struct Line {
        var segment: TextSegment
        var kind: LineKind
        var tokens: Range<Int>
    }

    struct Sentence {
        var tokens: Range<Int>
        var line: Int
        var isBullet: Bool
    }

    let text: String
    let scalars: [Unicode.Scalar]
    let language: Language
    let tokens: [Token]
    /// The readings of each word token; nil for numbers and punctuation.
    let analyses: [WordAnalysis?]
    private(set) var lines: [Line] = []
    private(set) var sentences: [Sentence] = []

    init(text: String, language: Language?) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokens(scalars)
        analyses = tokens.map { $0.kind == .word ? WordAnalysis($0.surface) : nil }
        self.language = language ?? Language(rawValue: LanguageDetector.detect(text)) ?? .english
        buildStructure()
    }

    /// The first token at or after scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func tokenRange(_ segment: TextSegment) -> Range<Int> {
        tokenIndex(atOrAfter: segment.start)..<tokenIndex(atOrAfter: segment.end)
    }

    func folded(_ index: Int) -> String {
        analyses[index]?.folded ?? tokens[index].surface
    }

    /// The text of scalars `start..<end` with invisible marks dropped and
    /// every run of spaces (NBSP included) folded to one space.
    func cleanText(_ start: Int, _ end: Int) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars[start..<end] {
            if Script.isInvisible(scalar) { continue }
            if Script.isSpace(scalar) { pendingSpace = true; continue }
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    private mutating func buildStructure() {
        for line in Segmenter.lines(scalars) {
            let range = tokenRange(line.segment)
            let kind = classify(line, range)
            lines.append(Line(segment: line.segment, kind: kind, tokens: range))
            guard kind == .prose || kind == .bullet else { continue }
            if kind == .bullet {
                let content = TextSegment(start: line.bulletContentStart!, end: line.segment.end)
                sentences.append(Sentence(tokens: tokenRange(content), line: lines.count - 1, isBullet: true))
            } else {
                for sentence in Segmenter.sentences(scalars, in: line.segment) {
                    let r = tokenRange(sentence)
                    if !r.isEmpty { sentences.append(Sentence(tokens: r, line: lines.count - 1, isBullet: false)) }
                }
            }
        }
    }

    private func classify(_ line: Segmenter.Line, _ range: Range<Int>) -> LineKind {
        let words = range.filter { tokens[$0].kind == .word }
        if words.count <= 20, Boilerplate.matches(range, in: self) { return .boilerplate }
        if line.isBullet { return .bullet }
        // A heading (a headline, a cross-head) does not end like a sentence.
        if let last = range.last, words.count <= 25,
           ![".", "!", "?", "؟", "…", ":", "»", "”", "\"", "،", ","].contains(tokens[last].surface) {
            return .heading
        }
        return .prose
    }
}
