import Foundation
import Model
import TextAnalysis

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
/// A document finds a word it read before by the number the thread's
/// `SpellingTable` gave its spelling (scalar for scalar), which the tokenizer
/// finds anyway: an array read, with no string made, hashed or compared.
/// The numbers are only a shortcut to analyses kept here by key: when the
/// spelling table is emptied, the analyses stay.
///
/// One cache per thread, so that threads neither wait for each other nor
/// share the objects' reference counts (atomic counts that two cores keep
/// taking from each other's caches cost more than they save).
///
/// Bounded, and kept for words that recur. A word read for the first time is
/// only remembered (by its spelling number, or by its hash when it has none);
/// it is kept from the second document that has it on. (Keeping every word made a text with a wide vocabulary, every
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

    // Unchecked: a cache belongs to one thread, and the dynamic exclusivity
    // checks of these properties cost more than the look-ups they guard.
    @exclusivity(unchecked) private var seenOnce = [Int](repeating: 0, count: WordAnalysisCache.seenOnceSlots)
    @exclusivity(unchecked) private var young = WordTable<Word>()
    @exclusivity(unchecked) private var old = WordTable<Word>()
    @exclusivity(unchecked) private var youngCount = 0

    /// The spellings of the documents this thread has read.
    let spellings = SpellingTable()
    /// Per spelling number, the word kept for it once asked for (in `young`
    /// or `old` too when its key compares bytes: a number stands for exact
    /// scalars, so even a spelling not in NFC is kept here).
    @exclusivity(unchecked) private var byNumber: [Word?] = []
    /// Per spelling number, the text (`spellings.text`) its word was last
    /// analysed in, 0 for none: a spelling analysed in an earlier text
    /// recurs, exactly, where `seenOnce` may lose it to another word of
    /// its slot (two such words in one text were then never kept).
    @exclusivity(unchecked) private var analysedIn: [Int] = []
    /// The `spellings.generation` that `byNumber` numbers by.
    @exclusivity(unchecked) private var generation = 0

    /// `word(_:_:_:)` for a spelling of number `number` in `spellings` (-1: none).
    func word(_ number: Int, _ surface: String, _ language: Language, _ index: FirstWordIndex) -> (analysis: WordAnalysis, lanes: UInt16) {
        guard number >= 0 else { return word(surface, language, index) }
        if generation != spellings.generation {
            generation = spellings.generation
            byNumber.removeAll(keepingCapacity: true)
            analysedIn.removeAll(keepingCapacity: true)
        }
        if number >= byNumber.count {
            byNumber.append(contentsOf: repeatElement(nil, count: number + 1 - byNumber.count))
            analysedIn.append(contentsOf: repeatElement(0, count: number + 1 - analysedIn.count))
        }
        if let word = byNumber[number], let lanes = word.knownLanes(language) { return (word.analysis, lanes) }
        let recurs = analysedIn[number] != 0 && analysedIn[number] != spellings.text
        analysedIn[number] = spellings.text
        let (analysis, lanes, kept) = keyed(surface, language, index, recurs: recurs)
        if let kept { byNumber[number] = kept }
        return (analysis, lanes)
    }

    /// The analysis of `surface` and its lanes in `language`'s index, from
    /// the cache when the spelling was read before.
    func word(_ surface: String, _ language: Language, _ index: FirstWordIndex) -> (analysis: WordAnalysis, lanes: UInt16) {
        let (analysis, lanes, _) = keyed(surface, language, index)
        return (analysis, lanes)
    }

    /// `word(_:_:_:)`, and the word as kept, nil when it is not (read once,
    /// or not NFC and not known to recur by its spelling number). `recurs`:
    /// the caller knows that the spelling was read in an earlier text.
    private func keyed(
        _ surface: String, _ language: Language, _ index: FirstWordIndex, recurs: Bool = false
    ) -> (analysis: WordAnalysis, lanes: UInt16, kept: Word?) {
        let key = WordKey(surface)
        // Kept by key only when the key compares bytes: the analysis reads
        // scalars, so canonically equal spellings may be read differently.
        guard key.isVerbatim else {
            var word = Word(WordAnalysis(surface))
            let lanes = word.lanes(language, index)
            return (word.analysis, lanes, recurs ? word : nil)
        }
        if let position = young.index(of: key) {
            // Read, not modified, when its lanes in this language are known (nearly
            // always): a modification of the table cost a closure and an exclusive access.
            let word = young.values[position]
            if let lanes = word.knownLanes(language) { return (word.analysis, lanes, word) }
            var kept = word
            young.modifyValue(at: position) { _ = $0.lanes(language, index); kept = $0 }
            return (word.analysis, kept.knownLanes(language)!, kept)
        }
        var word: Word
        if let known = old[key] {
            word = known
        } else {
            word = Word(WordAnalysis(surface))
            // Kept from its second document on (see above).
            let seen = key.hashCode & (Self.seenOnceSlots - 1)
            guard recurs || seenOnce[seen] == key.hashCode else {
                seenOnce[seen] = key.hashCode
                return (word.analysis, index.lanes(of: word.analysis), nil)
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
        return (word.analysis, lanes, word)
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
