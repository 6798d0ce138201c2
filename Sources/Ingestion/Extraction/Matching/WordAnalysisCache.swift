import Foundation
import Model

/// The analyses of the words a thread has read lately, kept from one
/// document to the next.
///
/// Analysing a word (folding it, peeling its clitics, keying every reading)
/// and finding its lexicon lanes cost about 6,000 instructions, for every
/// distinct word of every document, though most words of an article were in
/// the articles before it. An analysis depends on the word's spelling alone,
/// so a spelling met again reuses it: what extraction finds is the same with
/// or without the cache.
///
/// One cache per thread, so that threads neither wait for each other nor
/// share the objects' reference counts (atomic counts that two cores keep
/// taking from each other's caches cost more than they save).
///
/// Bounded, and kept for words that recur. A word read for the first time is
/// only remembered by its hash; it is kept from the second document that
/// has it on. (Keeping every word made a text with a wide vocabulary, every
/// word new, 20% slower: the analyses it kept crowded the processor's caches
/// for nothing.) When `capacity` words have been kept, the older generation
/// is dropped, and a word found there moves into the new one, so a thread
/// holds at most twice `capacity` analyses, the ones it met most lately.
final class WordAnalysisCache {
    /// A word's analysis, and its lanes in each language's index (computed
    /// when first asked for: an English word may turn up in a French text).
    struct Word {
        let analysis: WordAnalysis
        var arabic: UInt16?
        var english: UInt16?
        var french: UInt16?

        init(_ analysis: WordAnalysis) { self.analysis = analysis }

        /// The word's lanes in `language`'s index when found already.
        func knownLanes(_ language: Language) -> UInt16? {
            switch language {
            case .arabic: return arabic
            case .english: return english
            case .french: return french
            }
        }

        /// The word's lanes in `language`'s index, found there the first time.
        mutating func lanes(_ language: Language, _ index: FirstWordIndex) -> UInt16 {
            switch language {
            case .arabic:
                if arabic == nil { arabic = index.lanes(of: analysis) }
                return arabic!
            case .english:
                if english == nil { english = index.lanes(of: analysis) }
                return english!
            case .french:
                if french == nil { french = index.lanes(of: analysis) }
                return french!
            }
        }
    }

    /// Spellings added to a generation before the older one is dropped.
    static let capacity = 2048

    /// Slots of `seenOnce`, which holds the hashes of words read once.
    static let seenOnceSlots = 8192

    private var seenOnce = [Int](repeating: 0, count: WordAnalysisCache.seenOnceSlots)
    private var young = WordTable<Word>()
    private var old = WordTable<Word>()
    private var youngCount = 0

    /// The analysis of `surface` and its lanes in `language`'s index, from
    /// the cache when the spelling was read before.
    func word(_ surface: String, _ language: Language, _ index: FirstWordIndex) -> (analysis: WordAnalysis, lanes: UInt16) {
        let key = WordKey(surface)
        // Only spellings whose key compares their bytes: the analysis reads
        // scalars, so canonically equal spellings may be read differently.
        guard key.isVerbatim else {
            let analysis = WordAnalysis(surface)
            return (analysis, index.lanes(of: analysis))
        }
        if let position = young.index(of: key) {
            // Read, not modified, when its lanes in this language are known (nearly
            // always): a modification of the table cost a closure and an exclusive access.
            let word = young.values[position]
            if let lanes = word.knownLanes(language) { return (word.analysis, lanes) }
            var lanes: UInt16 = 0
            young.modifyValue(at: position) { lanes = $0.lanes(language, index) }
            return (word.analysis, lanes)
        }
        var word: Word
        if let known = old[key] {
            word = known
        } else {
            word = Word(WordAnalysis(surface))
            // Kept from its second document on (see above).
            let seen = key.hashCode & (Self.seenOnceSlots - 1)
            guard seenOnce[seen] == key.hashCode else {
                seenOnce[seen] = key.hashCode
                return (word.analysis, index.lanes(of: word.analysis))
            }
        }
        let lanes = word.lanes(language, index)
        if youngCount >= Self.capacity {
            old = young
            young = WordTable()
            youngCount = 0
        }
        young.update(key, default: word) { _ in }
        youngCount += 1
        return (word.analysis, lanes)
    }

    /// How many analyses the cache holds (for tests).
    var count: Int { young.count + old.count }

    /// This thread's cache.
    static var current: WordAnalysisCache {
        if let stored = pthread_getspecific(key) {
            return Unmanaged<WordAnalysisCache>.fromOpaque(stored).takeUnretainedValue()
        }
        let cache = WordAnalysisCache()
        pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// The thread-specific slot, which releases a thread's cache when it exits.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { stored in
            if let stored { Unmanaged<WordAnalysisCache>.fromOpaque(stored).release() }
        }
        return key
    }()
}
