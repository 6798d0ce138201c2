@testable import Ingestion
import Model
import XCTest

/// A document's `FirstWordIndex` lanes only let matchers skip tokens: every
/// lexicon must find at every token exactly what its own tables find.
final class FirstWordIndexTests: XCTestCase {
    /// Words that exercise each kind of look-up: Arabic clitics and suffixes,
    /// French and English prefixes ("coopération", "invest*"), two prefixes
    /// of one word ("engagement"), a decomposed accent, numbers and marks.
    private let probes: [(String, Language)] = [
        ("وأكد الجانبان على تعزيز التعاون الاقتصادي والاستثماري، وللسعودية دور في الجولة السابعة يوم الأحد 5 يناير 2026.", .arabic),
        ("China and Pakistan agreed to expand investments in the railway corridor; the third round of the Joint Commission met on Monday, January 5.", .english),
        ("La France réaffirme son engagement en faveur de la coopération militaire et des investissements ; la 5e session de la commission mixte, le 3 mars, à Rabat. Coope\u{301}ration.", .french),
    ]

    private func documents() throws -> [Document] {
        let gold = try GoldCorpus.all().map { Document(text: $0.article.text, language: $0.article.language) }
        return gold + probes.map { Document(text: $0.0, language: $0.1) }
    }

    func testEveryLexiconFindsWhatItsOwnTablesFind() throws {
        var compared = 0
        for document in try documents() {
            let language = document.language
            compared += same(CueLexicon.of(language).matcher, document)
            compared += same(PartyLexicon.of(language).matcher, document)
            compared += same(RoleLexicon.of(language).matcher, document)
            compared += same(TopicClassifier.of(language).matcher, document)
            compared += same(CityLexicon.shared.matcher, document)
            compared += same(DateLexicon.shared.matcher, document)
            compared += same(KindFinder.matcher, document)
            compared += same(MechanismFinder.mechanisms, document)
            compared += same(MechanismFinder.ordinals, document)
            // Another language's lexicon is outside the document's index: it looks up every token.
            compared += same(CueLexicon.of(language == .arabic ? .french : .arabic).matcher, document)
        }
        // Each document's lanes were set somewhere, and the comparison met real matches.
        XCTAssertGreaterThan(compared, 1000)
    }

    func testRoundWordsAreTheirLane() throws {
        var rounds = 0
        for document in try documents() {
            for i in document.tokens.indices {
                let byReadings = document.analyses[i]?.stemKeys.contains(where: MechanismFinder.roundWords.contains) ?? false
                XCTAssertEqual(MechanismFinder.isRoundWord(i, document), byReadings, document.tokens[i].surface)
                if byReadings { rounds += 1 }
            }
        }
        XCTAssertGreaterThan(rounds, 10)
    }

    /// A sentence is in the future when one of its tokens is a future mark,
    /// read once per word into its lanes; as it was read token by token.
    func testFutureMarksAreTheirLane() throws {
        var marks = 0
        for document in try documents() + [Document(text: "وتم عقد الاجتماع. عقد الجانبان جولة. The next round will be held.", language: nil)] {
            for i in document.tokens.indices {
                let folded = document.foldedKey(i)
                let byToken = VenueFinder.futureWords.contains(folded)
                    || folded == WordKey("عقد") && document.analyses[i]?.bases.count == 1
                XCTAssertEqual(document.lanes[i] & FirstWordIndex.Lane.futureMarks.bit != 0, byToken, document.tokens[i].surface)
                if byToken { marks += 1 }
            }
        }
        XCTAssertGreaterThan(marks, 10)
    }

    func testLanesOfTheProbes() throws {
        let french = Document(text: probes[2].0, language: .french)
        // By prefix: "coopér*" is a cue, "militair*" a topic.
        let word = french.tokens.firstIndex { $0.surface == "coopération" }!
        XCTAssertNotEqual(french.lanes[word] & FirstWordIndex.Lane.cues(.french).bit, 0)
        XCTAssertNotEqual(french.lanes[french.tokens.firstIndex { $0.surface == "militaire" }!] & FirstWordIndex.Lane.topics(.french).bit, 0)
        let comma = french.tokens.firstIndex { $0.surface == "," }!
        XCTAssertEqual(french.lanes[comma], 0)
        let english = Document(text: probes[1].0, language: .english)
        XCTAssertNotEqual(english.lanes[english.tokens.firstIndex { $0.surface == "investments" }!] & FirstWordIndex.Lane.topics(.english).bit, 0)
        XCTAssertNotEqual(english.lanes[english.tokens.firstIndex { $0.surface == "Monday" }!] & FirstWordIndex.Lane.dates.bit, 0)
        XCTAssertEqual(english.lanes[english.tokens.firstIndex { $0.surface == "the" }!] & FirstWordIndex.Lane.dates.bit, 0)
    }

    /// The number of matches found, after checking them token by token.
    private func same<Value>(_ matcher: PhraseMatcher<Value>, _ document: Document,
                             file: StaticString = #filePath, line: UInt = #line) -> Int {
        var count = 0
        for i in -1...document.tokens.count {
            let indexed = matcher.matches(at: i, in: document).map { [$0.entry, $0.first, $0.end] }
            let own = matcher.lookUp(at: i, in: document).map { [$0.entry, $0.first, $0.end] }
            XCTAssertEqual(indexed, own, "token \(i) of \(document.language)", file: file, line: line)
            let readings = matcher.matches(at: i, in: document).map(\.reading)
            XCTAssertEqual(readings, matcher.lookUp(at: i, in: document).map(\.reading), file: file, line: line)
            count += own.count
        }
        return count
    }
}
