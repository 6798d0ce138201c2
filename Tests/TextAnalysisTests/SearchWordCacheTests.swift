import Foundation
import XCTest
@testable import TextAnalysis

/// The cache must never change a term: every test compares the analysis
/// with a cache against the analysis without one, run by the same code, so
/// that the comparison still holds whatever the rules become.
final class SearchWordCacheTests: XCTestCase {
    private struct Term: Equatable, CustomStringConvertible {
        let term: String
        let range: Range<Int>
        let colocated: Bool
        var description: String { "\(term)@\(range)\(colocated ? "+" : "")" }
    }

    private func terms(
        _ text: String, purpose: SearchTokenPurpose = .document, language: AnalyzerLanguage? = nil,
        cache: SearchWordCache? = nil, lexicon: ArabicLexicon? = nil
    ) -> [Term] {
        var text = text
        var out: [Term] = []
        text.withUTF8 { bytes in
            let run = AnalysisRun(purpose: purpose, language: language, lexicon: lexicon, cache: cache)
            _ = run.run(bytes) { term, range, colocated in
                out.append(Term(term: String(decoding: term, as: UTF8.self), range: range, colocated: colocated))
                return true
            }
        }
        return out
    }

    /// Texts that exercise every rule: Arabic clitics, stopwords, harakat,
    /// digits of three scripts, French elisions, English possessives,
    /// accents, ligatures, other scripts, words too long to keep, a marker
    /// inside a text, and Latin words in Arabic text (the guess).
    private static let texts: [String] = [
        "اتفقت الصين وباكستان على تعميق التعاون في مجالات الصناعة والاستثمار",
        "وَقَّعَ البَلَدَانِ اتِّفَاقِيَّةً للتعاون، وأكد علي أن الأمم المتحدة إلى جانب مسئول ومسؤول",
        "عام ٢٠٢٦ و۲۰۲۶ و2026 و٢٠٢٦م و1445هـ، لجنة وفد بحر بنك بترول الأردنية الاتفاقيات",
        "The two sides agreed to deepen cooperation; Egypt's and Sudan’s ministers met on 5 May 2026 (COP28, G20).",
        "Les deux parties sont convenues de renforcer l'accord et qu’elles s’engagent jusqu'à l’été; coopération, cœur, Œuvre, naïve.",
        "L'Union européenne et l’ONU d'une part, lorsqu'il, puisqu’elle, quoiqu'on: s'il t'en m'a n'y c'est.",
        "Διάλογος Россия 中国 한국 — mixed with English words and ÉLAN Ça",
        "قال الوزير إن the Belt and Road Initiative و la coopération sont des priorités pour les deux pays",
        "the and of le la les des du et pour avec dans sur entre, then more English than French words here",
        String(repeating: "a", count: 70) + " " + String(repeating: "ب", count: 40) + " " + String(repeating: "é", count: 40),
        "\u{E002}English marker then \u{E003}marqueur français puis \u{E001}علامة عربية and words",
        "x's s 's l' d' qu' l'’ a\u{0301}\u{0301} \u{0301}\u{0301} ٌ ـــ",
    ]

    /// One cache across every text and language, as a tokenizer's is across
    /// an archive: the first pass fills it, the second reads it.
    func testCachedTermsAreTheTermsWithoutACache() {
        let cache = SearchWordCache()
        var kept = 0
        for pass in 1...2 {
            for text in Self.texts + Self.sampleTexts() {
                for language in [nil, .arabic, .english, .french] as [AnalyzerLanguage?] {
                    XCTAssertEqual(
                        terms(text, language: language, cache: cache), terms(text, language: language),
                        "pass \(pass), \(language?.rawValue ?? "no language"): \(text.prefix(60))")
                }
            }
            // Past a thousand words the table has grown several times, and
            // the second pass finds every word the first one kept.
            if pass == 1 { kept = cache.count } else { XCTAssertEqual(cache.count, kept) }
        }
        XCTAssertGreaterThan(kept, 2_000)
    }

    /// The same word in an English and in a French document keeps its two
    /// stems apart.
    func testAWordKeptFromOneLanguageIsStemmedForTheOther() {
        let cache = SearchWordCache()
        let english = terms("\u{E002}cooperation agreements", cache: cache)
        let french = terms("\u{E003}cooperation agreements", cache: cache)
        XCTAssertEqual(english, terms("\u{E002}cooperation agreements"))
        XCTAssertEqual(french, terms("\u{E003}cooperation agreements"))
        XCTAssertNotEqual(english.map(\.term), french.map(\.term))
    }

    /// Queries are analysed without the cache and leave it empty.
    func testQueriesNeitherUseNorFillTheCache() {
        let cache = SearchWordCache()
        for text in Self.texts {
            for purpose in [SearchTokenPurpose.query, .prefixQuery] {
                XCTAssertEqual(terms(text, purpose: purpose, cache: cache), terms(text, purpose: purpose))
            }
        }
        XCTAssertEqual(cache.count, 0)
    }

    /// A full cache keeps what it has and analyses the rest each time.
    func testAFullCacheStaysBoundedAndChangesNothing() {
        let cache = SearchWordCache(capacity: 5, arenaBytes: 1 << 10, lexicon: nil)
        for text in Self.texts {
            XCTAssertEqual(terms(text, language: .english, cache: cache), terms(text, language: .english))
        }
        XCTAssertEqual(cache.count, 5)
        let tight = SearchWordCache(capacity: 1_000, arenaBytes: 40, lexicon: nil)
        for text in Self.texts {
            XCTAssertEqual(terms(text, language: .arabic, cache: tight), terms(text, language: .arabic))
        }
        XCTAssertGreaterThan(tight.count, 0)
        XCTAssertLessThan(tight.count, 20)
    }

    /// Other rules give other terms, and a cache gives the terms of the rules
    /// it was made with: here word lists in which على is not a function
    /// word and وفد may lose its first letter.
    func testACacheAnalysesWithItsOwnRules() {
        let changed = ArabicLexicon(exceptions: "", stopwords: "في\nمن")
        let text = "اتفق الوفد على التعاون في وفد"
        let cache = SearchWordCache(capacity: 100, lexicon: changed)
        XCTAssertNotEqual(terms(text, lexicon: changed), terms(text), "the changed rules must change the terms")
        for _ in 1...2 {
            XCTAssertEqual(terms(text, cache: cache), terms(text, lexicon: changed))
        }
        XCTAssertEqual(terms(text, cache: SearchWordCache()), terms(text))
    }

    /// Through the analyzer a cache lends the same run to text after text:
    /// nothing of one text (its marker, the English/French counts) may reach
    /// the next, and a tokenization started from inside another's `emit`
    /// gets a run of its own.
    func testTheAnalyzersReusedRunStartsEachTextAfresh() {
        let analyzer = SearchAnalyzer()
        let cache = SearchWordCache()
        func analyzed(_ text: String, _ language: AnalyzerLanguage?, cache: SearchWordCache?, nested: Bool = false) -> [Term] {
            var text = text
            var out: [Term] = []
            text.withUTF8 { bytes in
                _ = analyzer.tokenize(utf8: bytes, purpose: .document, language: language, cache: cache) { term, range, colocated in
                    out.append(Term(term: String(decoding: term, as: UTF8.self), range: range, colocated: colocated))
                    if nested {
                        XCTAssertEqual(analyzed("les accords entre la France et le Maroc", nil, cache: cache),
                                       analyzed("les accords entre la France et le Maroc", nil, cache: nil))
                    }
                    return true
                }
            }
            return out
        }
        let texts: [(String, AnalyzerLanguage?)] = [
            ("la coopération et les accords pour le développement des relations", nil),
            ("agreements on trade relations and development", nil),
            ("\u{E003}relations accords", nil),
            ("relations accords", .english),
            ("relations accords", nil),
        ]
        for _ in 1...2 {
            for (text, language) in texts {
                XCTAssertEqual(analyzed(text, language, cache: cache), analyzed(text, language, cache: nil), text)
            }
        }
        XCTAssertEqual(analyzed("trade relations", nil, cache: cache, nested: true), analyzed("trade relations", nil, cache: nil))
    }

    /// The bundled articles, for words of real agency prose.
    private static func sampleTexts() -> [String] {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SampleData")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let texts = names.sorted().filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        precondition(texts.count >= 10, "SampleData not found at \(folder.path)")
        return texts
    }
}
