import XCTest
@testable import TextAnalysis

final class SearchAnalyzerTests: XCTestCase {
    private let analyzer = SearchAnalyzer()

    private func terms(_ text: String, _ language: AnalyzerLanguage?) -> [String] {
        analyzer.analyze(text, language: language).map(\.term)
    }

    /// Terms a query yields: each position's terms joined by "|".
    private func queryTerms(_ text: String, purpose: SearchTokenPurpose = .query) -> [String] {
        var text = text
        var out: [String] = []
        text.withUTF8 { bytes in
            _ = analyzer.tokenize(utf8: bytes, purpose: purpose) { term, _, colocated in
                let term = String(decoding: term, as: UTF8.self)
                if colocated, let last = out.popLast() { out.append(last + "|" + term) } else { out.append(term) }
                return true
            }
        }
        return out
    }

    func testArabicTextIsNormalisedStemmedAndStripsFunctionWords() {
        XCTAssertEqual(terms("اتفقت الصين وباكستان على تعميق التعاون في مجالات الصناعة", .arabic),
                       ["اتفقت", "صين", "باكستان", "تعميق", "تعاون", "مجال", "صناع"])
    }

    func testOffsetsPointAtTheOriginalWordsHarakatIncluded() {
        let text = "وَقَّعَ البَلَدَانِ اتِّفَاقِيَّةً"
        let tokens = analyzer.analyze(text, language: .arabic)
        XCTAssertEqual(tokens.map(\.original), ["وَقَّعَ", "البَلَدَانِ", "اتِّفَاقِيَّةً"])
        XCTAssertEqual(tokens.map(\.term), ["وقع", "بلد", "اتفاق"])
        let bytes = Array(text.utf8)
        for token in tokens {
            XCTAssertEqual(String(decoding: bytes[token.utf8Range], as: UTF8.self), token.original)
        }
    }

    func testStopwordsAreDroppedButNamesSpelledAlikeAreKept() {
        let table: [(text: String, terms: [String])] = [
            ("على", []), ("علي", ["علي"]),              // preposition / the name Ali
            ("إلى", []), ("الى", []), ("آلي", ["الي"]), // to / automatic
            ("في", []), ("من", []), ("التي", []), ("الذي", []), ("أن", []),
            ("أم", ["ام"]),                                // or / mother: kept
            ("منى", ["مني"]),                              // the name Mona, not من
        ]
        for (text, expected) in table {
            XCTAssertEqual(terms(text, .arabic), expected, text)
        }
    }

    func testDigitsOfEveryScriptBecomeAscii() {
        XCTAssertEqual(terms("عام ٢٠٢٦", .arabic), ["عام", "2026"])
        XCTAssertEqual(terms("۲۰۲۶", .arabic), ["2026"])
        XCTAssertEqual(terms("2026", .english), ["2026"])
        XCTAssertEqual(terms("٢٠٢٦م", .arabic), ["2026"])
        XCTAssertEqual(terms("1445هـ", .arabic), ["1445"])
    }

    func testPersianLettersMeetArabicOnes() {
        XCTAssertEqual(terms("الصین", nil), terms("الصين", nil))
        XCTAssertEqual(terms("کندا", nil), terms("كندا", nil))
    }

    func testTheDocumentLanguagePicksTheLatinRules() {
        XCTAssertEqual(terms("agreements on cooperation", .english), ["agreement", "on", "cooper"])
        XCTAssertEqual(terms("les accords de coopération", .french), ["les_", "accord_", "de_", "cooperation_"])
        // English rules do not touch French words in a French text, nor the
        // reverse; French stems carry their mark.
        XCTAssertEqual(terms("nations", .french), ["nation_"])
        XCTAssertEqual(terms("nations", .english), ["nation"])
        XCTAssertEqual(terms("relations", .english), ["relat"])
        XCTAssertEqual(terms("relations", .french), ["relation_"])
    }

    func testAMarkerAtTheStartOverridesTheGuess() {
        let english = String(AnalyzerLanguage.english.marker) + "relations"
        let french = String(AnalyzerLanguage.french.marker) + "relations"
        XCTAssertEqual(terms(english, nil), ["relat"])
        XCTAssertEqual(terms(french, nil), ["relation_"])
        let arabic = String(AnalyzerLanguage.arabic.marker) + "التعاون"
        XCTAssertEqual(analyzer.analyze(arabic, language: nil).map(\.utf8Range), [3..<17])
    }

    func testWithoutMarkerLatinWordsAreGuessed() {
        XCTAssertEqual(terms("relations", nil), ["relat"])                       // English by default
        XCTAssertEqual(terms("économiques", nil), ["economiqu_"])                // French accent
        XCTAssertEqual(terms("les relations", nil), ["les_", "relation_"])        // French function word
    }

    func testFrenchElisionsAreSplitOff() {
        XCTAssertEqual(terms("l'accord d'investissement", .french), ["accord_", "investis_"])
        XCTAssertEqual(terms("l’accord qu’il", .french), ["accord_", "il_"])
        XCTAssertEqual(terms("Pakistan's support", .english), ["pakistan", "support"])
    }

    func testQueriesCarryBothLatinStemsAtOnePosition() {
        XCTAssertEqual(queryTerms("relations"), ["relat|relation_"])
        XCTAssertEqual(queryTerms("accord"), ["accord|accord_"])
        // Each reading meets its own language only: news read as French is
        // new_, which no English text holds.
        XCTAssertEqual(queryTerms("news"), ["news|new_"])
        XCTAssertEqual(queryTerms("التعاون"), ["تعاون"])
    }

    func testPrefixQueriesAreNormalisedNotStemmed() {
        XCTAssertEqual(queryTerms("cooperat", purpose: .prefixQuery), ["cooperat"])
        XCTAssertEqual(queryTerms("تَعَاو", purpose: .prefixQuery), ["تعاو"])
        XCTAssertEqual(queryTerms("التعاو", purpose: .prefixQuery), ["تعاو"])
        XCTAssertEqual(queryTerms("الحوار الاستراتيج", purpose: .prefixQuery), ["حوار", "استراتيج"])
    }

    func testMarkersAreRemovedFromText() {
        let marked = String(AnalyzerLanguage.french.marker) + "la paix"
        XCTAssertEqual(AnalyzerLanguage.removingMarkers(marked), "la paix")
        XCTAssertEqual(AnalyzerLanguage.removingMarkers("sans marque"), "sans marque")
        XCTAssertEqual(Set(AnalyzerLanguage.allCases.map(\.marker)).count, 3)
        XCTAssertEqual(AnalyzerLanguage.arabic.marker, "\u{E001}")
        XCTAssertEqual(AnalyzerLanguage.removingMarkers("\u{E002}peace"), "peace")
        // Only U+E001...U+E003 go; their UTF-8 neighbours stay.
        let cases: [(String, String)] = [
            ("\u{E001}التعاون \u{E003}[paix]\u{E002}", "التعاون [paix]"),
            ("\u{E000}\u{E004}\u{E081}\u{E801}", "\u{E000}\u{E004}\u{E081}\u{E801}"),
            ("…\u{E003}\u{E003}", "…"), ("\u{E001}", ""), ("", ""), ("é\u{E002}🙂", "é🙂"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(AnalyzerLanguage.removingMarkers(text), expected, text)
        }
    }

    func testOddInputKeepsRangesInsideTheText() {
        let samples = [
            "", "\u{E001}", "\u{E003}\u{E002}", "\u{064E}\u{0650}", "ـــ", "٪؛،", "🙂 التعاون 🙂",
            "ﻻ ﷲ", "می\u{200C}خواهم", "Ωμέγα Москва 北京", "l'", "’s", "qu’", "آ", "وو", "لل", "وبال",
            String(repeating: "استراتيجيات", count: 40), "a\u{0301}ccord", "\u{FFFD}x\u{10FFFF}",
        ]
        for sample in samples {
            var text = sample
            let count = text.utf8.count
            text.withUTF8 { bytes in
                for purpose in [SearchTokenPurpose.document, .query, .prefixQuery] {
                    _ = analyzer.tokenize(utf8: bytes, purpose: purpose) { term, range, _ in
                        XCTAssertFalse(term.isEmpty, sample)
                        XCTAssertTrue(range.lowerBound >= 0 && range.upperBound <= count && !range.isEmpty, sample)
                        return true
                    }
                }
            }
        }
        // Invalid UTF-8 is skipped, not trusted.
        let bytes: [UInt8] = [0xD8, 0xA7, 0xFF, 0xC3, 0x28, 0xE2, 0x82, 0x61, 0x62]
        bytes.withUnsafeBufferPointer { buffer in
            _ = analyzer.tokenize(utf8: buffer, purpose: .document) { _, range, _ in
                XCTAssertLessThanOrEqual(range.upperBound, bytes.count)
                return true
            }
        }
    }

    func testEmitCanStopTheAnalysis() {
        var text = "one two three"
        var seen = 0
        let finished = text.withUTF8 { bytes in
            analyzer.tokenize(utf8: bytes, purpose: .document) { _, _, _ in
                seen += 1
                return false
            }
        }
        XCTAssertFalse(finished)
        XCTAssertEqual(seen, 1)
    }
}
