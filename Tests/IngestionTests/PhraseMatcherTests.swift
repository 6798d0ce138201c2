@testable import Ingestion
import Model
import XCTest

final class PhraseMatcherTests: XCTestCase {
    /// A word read several ways reaches several entries, by stem and by prefix:
    /// each is tried and found once, the longest first.
    func testEachEntryOnceLongestFirst() {
        var matcher = PhraseMatcher<String>()
        for phrase in ["support", "supported", "suppor*", "support the", "supported the plan", "back"] {
            matcher.add(phrase, value: phrase)
        }
        let document = Document(text: "Egypt supported the plan.", language: .english)
        let found = matcher.matches(at: 1, in: document).map { matcher.entries[$0.entry].value }
        XCTAssertEqual(found.count, Set(found).count, "\(found)")
        XCTAssertEqual(Array(found.prefix(2)), ["supported the plan", "support the"])
        XCTAssertEqual(Set(found.dropFirst(2)), ["support", "supported", "suppor*"])
        XCTAssertEqual(matcher.matches(at: 0, in: document).count, 0)
    }

    /// Matches at one token rank by their entry's words, then by the tokens
    /// they span, fewer first (with a gap, "noted with satisfaction" before
    /// "noted … that"; of two-word phrases, the words that stand closer),
    /// and matches of equal rank keep the order they were found in: the
    /// word's readings in turn, then its prefixes.
    func testMatchesRankByWordsThenTighterSpanAndTiesKeepTheirOrder() {
        let cases: [(gap: Int, phrases: [String], text: String, at: Int, expected: [String])] = [
            (0, ["suppor*", "support", "supported", "support the", "supported the plan"], "Egypt supported the plan.", 1,
             ["supported the plan", "support the", "supported", "support", "suppor*"]),
            (3, ["noted", "noted that", "noted with satisfaction"], "They noted with satisfaction that talks resumed.", 1,
             ["noted with satisfaction", "noted that", "noted"]),
            (3, ["noted", "noted talks", "noted that"], "They noted with satisfaction that talks resumed.", 1,
             ["noted that", "noted talks", "noted"]),
        ]
        for (gap, phrases, text, at, expected) in cases {
            var matcher = PhraseMatcher<String>(gap: gap)
            for phrase in phrases { matcher.add(phrase, value: phrase) }
            let document = Document(text: text, language: .english)
            XCTAssertEqual(matcher.matches(at: at, in: document).map { matcher.entries[$0.entry].value }, expected, text)
        }
    }

    /// Two prefixes of one word that both match ("engag*" and "engagement*" in
    /// cues-fr.txt) come longest first, in every process: the order once
    /// followed a Set's, which changes between runs.
    func testPrefixesOfOneWordLongestFirst() {
        var matcher = PhraseMatcher<String>()
        for phrase in ["en*", "engag*", "eng*", "engagement*", "engage*"] {
            matcher.add(phrase, value: phrase)
        }
        let document = Document(text: "Son engagement reste entier.", language: .french)
        let found = matcher.matches(at: 1, in: document).map { matcher.entries[$0.entry].value }
        XCTAssertEqual(found, ["engagement*", "engage*", "engag*", "eng*", "en*"])
    }

    /// Entries that share a first word are skipped when the next word lacks
    /// their second word's hash bit; whatever follows (a word read several
    /// ways, a number, a mark, a prefix entry, the end of the text), each
    /// entry that reads there must still be found.
    func testEntriesSharingAFirstWordAreAllFound() {
        var matcher = PhraseMatcher<String>()
        for phrase in ["the two sides", "the united states", "the kingdom", "the 5", "the - day", "the plan*", "the", "the sides",
                       "جزر القمر", "جزر المالديف", "جزر"] {
            matcher.add(phrase, value: phrase)
        }
        let cases: [(String, Language, [Set<String>])] = [
            ("The two sides met; the United States, the kingdom and the sides agreed.", .english,
             [["the two sides", "the"], ["the united states", "the"], ["the kingdom", "the"], ["the sides", "the"]]),
            ("the 5 of the - day, the planned the", .english,
             [["the 5", "the"], ["the - day", "the"], ["the plan*", "the"], ["the"]]),
            ("أكد أن جزر القمر وجزر المالديف وجزر", .arabic, [["جزر القمر", "جزر"], ["جزر المالديف", "جزر"], ["جزر"]]),
        ]
        for (text, language, expected) in cases {
            let document = Document(text: text, language: language)
            let heads = document.tokens.indices.filter { !matcher.matches(at: $0, in: document).isEmpty }
            let found = heads.map { Set(matcher.matches(at: $0, in: document).map { matcher.entries[$0.entry].value }) }
            XCTAssertEqual(found, expected, text)
        }
    }
}
