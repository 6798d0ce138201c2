@testable import Ingestion
import TextAnalysis
import XCTest

/// `WordAnalysis` builds its Arabic readings from spans of the word instead
/// of copying every base into arrays; it must read every word exactly as
/// the code it replaced (kept below as the reference), in the same order.
final class WordAnalysisTests: XCTestCase {
    func testSameReadingsAsTheReference() throws {
        var words: Set<String> = [
            "للجنة", "للسعودية", "وللسعودية", "فلل", "لل", "و", "ال", "معارضتها", "والاستثمارية", "وبالتعاون", "ستواصل",
            "كالعادة", "فسيعمل", "ولهم", "الأمير", "وَأَكَّدَت", "مسئوليتهما", "cooperation", "Coopération", "engagés",
            "planned", "CPEC", "ÉTATS", "e\u{301}te\u{301}", "ب", "بب", "لللل",
        ]
        for gold in try GoldCorpus.all() {
            for token in Tokenizer.tokens(Array(gold.article.text.unicodeScalars)) where token.kind == .word {
                words.insert(token.surface)
            }
        }
        XCTAssertGreaterThan(words.count, 2000)
        var readings = 0
        for word in words.sorted() {
            let analysis = WordAnalysis(word)
            let reference = Reference(word)
            XCTAssertEqual(analysis.folded, reference.folded, word)
            XCTAssertEqual(analysis.isArabic, reference.isArabic, word)
            XCTAssertEqual(analysis.bases.map { [$0.prefix, $0.base] }, reference.bases.map { [$0.prefix, $0.base] }, word)
            XCTAssertEqual(analysis.readings, reference.readings, word)
            XCTAssertEqual(analysis.stemKeys, reference.readings.map { WordKey($0.stem) }, word)
            XCTAssertEqual(analysis.foldedKey, WordKey(reference.folded), word)
            readings += analysis.readings.count
        }
        XCTAssertGreaterThan(readings, 5000)
    }

    /// The analysis as it was before it read spans (commit 1b985a6).
    private struct Reference {
        var folded: String
        var isArabic: Bool
        var bases: [(prefix: String, base: String)] = []
        var readings: [WordAnalysis.Reading] = []

        init(_ surface: String) {
            isArabic = surface.unicodeScalars.contains { Script.of($0) == .arabic }
            folded = WordAnalysis.fold(surface)
            if isArabic {
                let scalars = Array(folded.unicodeScalars)
                for (prefixScalars, baseScalars) in Self.arabicBases(scalars) {
                    let prefix = Self.string(prefixScalars[...])
                    bases.append((prefix, Self.string(baseScalars[...])))
                    for suffix in WordAnalysis.arabicSuffixes {
                        let suffixScalars = Array(suffix.unicodeScalars)
                        let stemCount = baseScalars.count - suffixScalars.count
                        guard stemCount >= 2, baseScalars[stemCount...].elementsEqual(suffixScalars) else { continue }
                        let stem = baseScalars[..<stemCount]
                        readings.append(.init(prefix: prefix, stem: Self.string(stem), suffix: suffix))
                        if !suffix.isEmpty, stemCount >= 3, stem.last == "\u{062A}" {
                            readings.append(.init(prefix: prefix, stem: Self.string(stem.dropLast()) + "\u{0647}", suffix: suffix))
                        }
                    }
                }
            } else {
                bases = [("", folded)]
                readings = WordAnalysis.latinLemmas(folded).map { .init(prefix: "", stem: $0.0, suffix: $0.1) }
            }
        }

        static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            String(String.UnicodeScalarView(scalars))
        }

        static func arabicBases(_ word: [Unicode.Scalar]) -> [(prefix: [Unicode.Scalar], base: [Unicode.Scalar])] {
            let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
            let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
            let prepositionScalars: [Unicode.Scalar] = ["\u{0628}", "\u{0644}", "\u{0643}", "\u{0633}"]
            var result: [([Unicode.Scalar], [Unicode.Scalar])] = [([], word)]
            guard let first = word.first, first == waw || first == fa || first == alef || first == lam || prepositionScalars.contains(first) else {
                return result
            }
            func add(_ length: Int) {
                guard word.count - length >= 2 else { return }
                result.append((Array(word[..<length]), Array(word[length...])))
            }
            for conjunction in 0...1 {
                if conjunction == 1, !(word.count > 2 && (word[0] == waw || word[0] == fa)) { continue }
                let c = conjunction
                if c == 1 { add(1) }
                var afterPreposition = [c]
                if word.count > c + 2, prepositionScalars.contains(word[c]) { afterPreposition.append(c + 1); add(c + 1) }
                for p in afterPreposition {
                    if word.count > p + 3, word[p] == alef, word[p + 1] == lam { add(p + 2) }
                    if p == c + 1, word[c] == lam, word.count > p + 2, word[p] == lam {
                        add(p + 1)
                        let rest = Array(word[(p + 1)...])
                        if rest.count >= 2 {
                            result.append((Array(word[..<p]), [alef, lam] + rest))
                            result.append((Array(word[..<p]), [alef, lam, lam] + rest))
                        }
                    }
                }
            }
            return result
        }
    }
}
