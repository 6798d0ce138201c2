import Foundation
@testable import Ingestion
import Model
import TextAnalysis
import XCTest

/// The cache may only change how often a word is analysed, never what a
/// document reads: the same analysis for the same spelling, lanes of the
/// document's own language, nothing kept for spellings compared by
/// canonical equivalence, and a bounded size.
final class WordAnalysisCacheTests: XCTestCase {
    func testAWordIsKeptFromItsSecondReadingOn() {
        let cache = WordAnalysisCache()
        let index = FirstWordIndex.of(.arabic)
        let first = cache.word("التعاون", .arabic, index)
        let second = cache.word("التعاون", .arabic, index)
        let third = cache.word("التعاون", .arabic, index)
        XCTAssertFalse(first.analysis === second.analysis, "a word read once is not kept")
        XCTAssertTrue(second.analysis === third.analysis)
        XCTAssertEqual(third.lanes, index.lanes(of: WordAnalysis("التعاون")))
        XCTAssertEqual(third.analysis.readings, WordAnalysis("التعاون").readings)
    }

    /// A word found by its spelling number is the word kept under its key:
    /// the numbers are a shortcut, and kept words outlive an emptied table.
    func testSpellingNumbersFindTheKeptWord() {
        let cache = WordAnalysisCache()
        let index = FirstWordIndex.of(.arabic)
        func read(_ surface: String) -> (analysis: WordAnalysis, lanes: UInt16) {
            let (tokens, _, numbers) = Tokenizer.spelledTokens(Array(surface.unicodeScalars), table: cache.spellings)
            return cache.word(numbers[0], tokens[0].surface, .arabic, index)
        }
        let first = read("التعاون"), second = read("التعاون"), third = read("التعاون")
        XCTAssertFalse(first.analysis === second.analysis, "a word read once is not kept")
        XCTAssertTrue(second.analysis === third.analysis)
        XCTAssertTrue(cache.word("التعاون", .arabic, index).analysis === third.analysis)
        XCTAssertEqual(third.lanes, index.lanes(of: WordAnalysis("التعاون")))
        for n in 0...SpellingTable.capacity { _ = read("w\(n)x") }
        XCTAssertEqual(cache.spellings.generation, 1)
        XCTAssertTrue(read("التعاون").analysis === third.analysis)
        XCTAssertEqual(read("التعاون").lanes, third.lanes)
    }

    /// Two words of one seen-once slot, read in text after text, are kept
    /// from their second text on: their spelling numbers say they recur,
    /// where the slot, taken by each in turn, never did.
    func testWordsOfOneSeenOnceSlotAreKeptByTheirNumbers() throws {
        let cache = WordAnalysisCache()
        let index = FirstWordIndex.of(.english)
        var slots: [Int: String] = [:]
        var pair: (String, String)? = nil
        for n in 0..<100_000 where pair == nil {
            // Letters only, so that each word is one token.
            let word = "w" + String(String(n, radix: 26).unicodeScalars.map { s in
                Character(Unicode.Scalar(s.value < 0x3A ? s.value - 0x30 + 0x61 : s.value + 10)!)
            })
            let slot = WordKey(word).hashCode & (WordAnalysisCache.seenOnceSlots - 1)
            if let other = slots[slot] { pair = (other, word) } else { slots[slot] = word }
        }
        let (a, b) = try XCTUnwrap(pair)
        func read() -> [WordAnalysis] {
            let (tokens, _, numbers) = Tokenizer.spelledTokens(Array("\(a) \(b)".unicodeScalars), table: cache.spellings)
            return zip(tokens, numbers).map { cache.word($1, $0.surface, .english, index).analysis }
        }
        _ = read()
        let second = read(), third = read()
        XCTAssertTrue(second[0] === third[0], a)
        XCTAssertTrue(second[1] === third[1], b)
    }

    /// A spelling not in NFC is kept by its number (exact scalars), though never by its key.
    func testSpellingsNotInNFCAreKeptByNumber() {
        let cache = WordAnalysisCache()
        let decomposed = "coope\u{301}ration"
        func read() -> WordAnalysis {
            let (tokens, _, numbers) = Tokenizer.spelledTokens(Array(decomposed.unicodeScalars), table: cache.spellings)
            return cache.word(numbers[0], tokens[0].surface, .french, .of(.french)).analysis
        }
        let first = read(), second = read(), third = read()
        XCTAssertFalse(first === second, "a word read once is not kept")
        XCTAssertTrue(second === third)
        XCTAssertEqual(third.folded, WordAnalysis(decomposed).folded)
        XCTAssertEqual(cache.count, 0, "not kept by key")
    }

    func testLanesAreTheDocumentLanguages() {
        let cache = WordAnalysisCache()
        for _ in 0..<3 { _ = cache.word("cooperation", .english, .of(.english)) }
        let french = cache.word("cooperation", .french, .of(.french))
        XCTAssertEqual(french.lanes, FirstWordIndex.of(.french).lanes(of: WordAnalysis("cooperation")))
        XCTAssertEqual(cache.word("cooperation", .english, .of(.english)).lanes,
                       FirstWordIndex.of(.english).lanes(of: WordAnalysis("cooperation")))
    }

    func testSpellingsNotInNFCAreNeverKept() {
        let cache = WordAnalysisCache()
        let decomposed = "coope\u{301}ration"
        let a = cache.word(decomposed, .french, .of(.french))
        let b = cache.word(decomposed, .french, .of(.french))
        let c = cache.word(decomposed, .french, .of(.french))
        XCTAssertFalse(b.analysis === c.analysis)
        XCTAssertEqual(a.analysis.folded, WordAnalysis(decomposed).folded)
        XCTAssertEqual(cache.count, 0)
    }

    func testSizeIsBounded() {
        let cache = WordAnalysisCache()
        let index = FirstWordIndex.of(.english)
        for round in 0..<2 {
            for n in 0..<(3 * WordAnalysisCache.capacity) { _ = cache.word("word\(n)x", .english, index) }
            XCTAssertLessThanOrEqual(cache.count, 2 * WordAnalysisCache.capacity, "round \(round)")
        }
        XCTAssertGreaterThan(cache.count, 0)
    }

    /// Each thread has its own cache, and documents read on several threads
    /// at once are read as on one.
    func testThreadsHaveTheirOwnCache() throws {
        let texts = try GoldCorpus.all().map(\.article)
        let expected = texts.map { Extractor().extract($0) }
        final class Box: @unchecked Sendable {
            let lock = NSLock()
            var caches: Set<ObjectIdentifier> = []
            var results: [[Extraction]] = []
        }
        let box = Box()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let mine = texts.map { Extractor().extract($0) }
            let cache = ObjectIdentifier(WordAnalysisCache.current)
            box.lock.withLock {
                box.caches.insert(cache)
                box.results.append(mine)
            }
        }
        let results = box.results
        XCTAssertEqual(results.count, 4)
        for result in results { XCTAssertEqual(result, expected) }
        XCTAssertTrue(WordAnalysisCache.current === WordAnalysisCache.current)
        // Another thread's cache is another object.
        let other = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var otherCache: ObjectIdentifier? = nil
        let thread = Thread {
            otherCache = ObjectIdentifier(WordAnalysisCache.current)
            other.signal()
        }
        thread.start()
        other.wait()
        XCTAssertNotNil(otherCache)
        XCTAssertNotEqual(otherCache, ObjectIdentifier(WordAnalysisCache.current))
    }
}
