/// What the search analysis made of words already met in documents, keyed
/// on their UTF-8 bytes as written: the full-text tokenizer analyses the
/// same few thousand words over and over as an archive is written, and a
/// look-up costs a fraction of folding and stemming a word again.
///
/// Only what depends on a word's bytes alone is kept: an Arabic word's
/// term (or that it has none), a Latin-script word's folded form and its
/// English and French stems. What depends on the text around a word (an
/// elided article, the guess between English and French in a text without
/// a language marker) is decided afresh each time, by the same code as
/// without a cache. Query analysis never uses it.
///
/// The cache analyses with its own ``ArabicLexicon`` (the shared one unless
/// a test supplies another), so its entries can only ever have been made by
/// the rules it is used with; the rules themselves are compiled in, and a
/// new analyzer means a new process and an empty cache.
///
/// Its memory is bounded: once `capacity` words or `arenaBytes` bytes are
/// kept, later words are analysed each time (the frequent ones come early).
/// Not thread-safe: one per tokenizer, which SQLite calls from one
/// connection at a time.
public final class SearchWordCache {
    /// Words longer than this (in UTF-8 bytes) are not kept.
    static let maxKeyBytes = 64

    /// A kept word: where its key and values lie in the arena.
    struct Entry {
        var hash: UInt32
        var keyStart: Int32
        var keyCount: UInt8
        var kind: Kind
        /// ``Flags`` of a Latin-script word.
        var flags: UInt8
        /// Arabic: the term; Latin: the folded form, then the English stem,
        /// then the French stem.
        var valueStart: Int32
        var firstCount: UInt8
        var englishCount: UInt8
        var frenchCount: UInt8
    }

    enum Kind: UInt8 {
        /// An Arabic-script word with no term (empty once folded, or a stopword).
        case arabicNone
        case arabic
        case latin
        /// A Latin-script word with a digit: indexed folded, not stemmed.
        case latinWithDigit
    }

    /// Facts about a Latin-script word's folded form that the rules around
    /// it need.
    enum Flags {
        static let accented: UInt8 = 1
        /// An elided article or pronoun (l, d, qu…), or a lone s, if an
        /// apostrophe is next to it: the text decides.
        static let mayBeElision: UInt8 = 2
    }

    /// A Latin-script word as kept: its folded form, stems and flags.
    struct LatinWord {
        let folded: UnsafeBufferPointer<UInt8>
        let english: UnsafeBufferPointer<UInt8>
        let french: UnsafeBufferPointer<UInt8>
        let hasDigit: Bool
        let accented: Bool
        let mayBeElision: Bool
    }

    /// Most words kept.
    public let capacity: Int
    /// Most bytes of keys and values kept.
    let arenaBytes: Int

    /// The Arabic word lists the cached terms were made with.
    private(set) lazy var lexicon: ArabicLexicon = suppliedLexicon ?? .shared
    private let suppliedLexicon: ArabicLexicon?

    /// The run that analyses documents with this cache, reset for each text:
    /// making one (a class and four buffers) for every commitment cost as
    /// much as a fifth of analysing it.
    private lazy var spareRun = AnalysisRun(purpose: .document, language: nil, cache: self)
    private var spareRunInUse = false

    /// Runs `body` with a document run that uses this cache, ready for a
    /// text in `language`: the spare run, or a new one if the spare is busy
    /// (a tokenizer called again from inside an `emit`).
    func withDocumentRun<T>(language: AnalyzerLanguage?, _ body: (AnalysisRun) -> T) -> T {
        guard !spareRunInUse else {
            return body(AnalysisRun(purpose: .document, language: language, cache: self))
        }
        spareRunInUse = true
        defer { spareRunInUse = false }
        let run = spareRun
        run.reset(language: language)
        return body(run)
    }

    // Raw memory rather than arrays: the look-up is the hot path, and a
    // class's array properties cost an exclusivity check at every access.
    // Allocated on the first word kept, so that a process that only
    // searches pays nothing.
    private var slots: UnsafeMutablePointer<Int32>?
    private var entries: UnsafeMutablePointer<Entry>?
    private var arena: UnsafeMutablePointer<UInt8>?
    private var slotMask = 0
    private(set) var count = 0
    private var arenaUsed = 0

    /// - Parameters:
    ///   - capacity: the most words kept (default 65,536: about 1.5 MB of
    ///     tables, plus up to 4 MB of bytes).
    public convenience init(capacity: Int = 1 << 16) {
        self.init(capacity: capacity, arenaBytes: 1 << 22, lexicon: nil)
    }

    init(capacity: Int, arenaBytes: Int = 1 << 22, lexicon: ArabicLexicon?) {
        precondition(capacity > 0 && arenaBytes <= Int(Int32.max))
        self.capacity = capacity
        self.arenaBytes = arenaBytes
        suppliedLexicon = lexicon
    }

    deinit {
        slots?.deallocate()
        entries?.deallocate()
        arena?.deallocate()
    }

    // MARK: - Look-up

    /// The kept entry for `key`, if any.
    @inline(__always)
    func entry(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Entry? {
        guard let slots, let entries, let arena else { return nil }
        var i = Int(hash) & slotMask
        while true {
            let slot = Int(slots[i])
            if slot == 0 { return nil }
            let entry = entries[slot - 1]
            if entry.hash == hash, Int(entry.keyCount) == key.count,
               Self.equal(UnsafeRawPointer(arena + Int(entry.keyStart)), UnsafeRawPointer(key.baseAddress!), key.count) {
                return entry
            }
            i = (i + 1) & slotMask
        }
    }

    /// The term kept for an Arabic-script word (empty for `.arabicNone`).
    @inline(__always)
    func arabicTerm(_ entry: Entry) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena! + Int(entry.valueStart), count: Int(entry.firstCount))
    }

    @inline(__always)
    func latinWord(_ entry: Entry) -> LatinWord {
        let start = arena! + Int(entry.valueStart)
        let folded = Int(entry.firstCount)
        let english = Int(entry.englishCount)
        return LatinWord(
            folded: UnsafeBufferPointer(start: start, count: folded),
            english: UnsafeBufferPointer(start: start + folded, count: english),
            french: UnsafeBufferPointer(start: start + folded + english, count: Int(entry.frenchCount)),
            hasDigit: entry.kind == .latinWithDigit,
            accented: entry.flags & Flags.accented != 0,
            mayBeElision: entry.flags & Flags.mayBeElision != 0)
    }

    // MARK: - Keeping

    /// Keeps `values` (concatenated) for `key`; false when full or too long.
    @discardableResult
    func insert(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt32, kind: Kind, flags: UInt8 = 0,
        values: UnsafeBufferPointer<UInt8>...
    ) -> Bool {
        guard key.count <= Self.maxKeyBytes, count < capacity, values.allSatisfy({ $0.count <= Int(UInt8.max) }) else {
            return false
        }
        let valueBytes = values.reduce(0) { $0 + $1.count }
        guard arenaUsed + key.count + valueBytes <= arenaBytes else { return false }
        if slots == nil { allocate() }
        if (count + 1) * 2 > slotMask + 1 { growSlots() }
        guard let slots, let entries, let arena else { return false }
        let keyStart = arenaUsed
        (arena + keyStart).update(from: key.baseAddress!, count: key.count)
        var valueStart = keyStart + key.count
        let start = valueStart
        for value in values where value.count > 0 {
            (arena + valueStart).update(from: value.baseAddress!, count: value.count)
            valueStart += value.count
        }
        arenaUsed = valueStart
        entries[count] = Entry(
            hash: hash, keyStart: Int32(keyStart), keyCount: UInt8(key.count),
            kind: kind, flags: flags,
            valueStart: Int32(start),
            firstCount: UInt8(values.count > 0 ? values[0].count : 0),
            englishCount: UInt8(values.count > 1 ? values[1].count : 0),
            frenchCount: UInt8(values.count > 2 ? values[2].count : 0))
        count += 1
        var i = Int(hash) & slotMask
        while slots[i] != 0 { i = (i + 1) & slotMask }
        slots[i] = Int32(count)
        return true
    }

    /// Entries and bytes are reserved whole (the system maps their pages as
    /// they are first written); the slots, which must be zeroed, start at
    /// 1,024 and double as words come, so that a process that tokenizes a
    /// few snippets does not clear half a megabyte.
    private func allocate() {
        entries = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        arena = UnsafeMutablePointer<UInt8>.allocate(capacity: arenaBytes)
        makeSlots(count: 1_024)
    }

    /// A table twice as large, the kept words placed again. At most half
    /// full, so that a miss ends at an empty slot quickly.
    private func growSlots() {
        slots?.deallocate()
        makeSlots(count: (slotMask + 1) * 2)
        guard let slots, let entries else { return }
        for index in 0..<count {
            var i = Int(entries[index].hash) & slotMask
            while slots[i] != 0 { i = (i + 1) & slotMask }
            slots[i] = Int32(index + 1)
        }
    }

    private func makeSlots(count: Int) {
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        slots.initialize(repeating: 0, count: count)
        self.slots = slots
        slotMask = count - 1
    }

    // MARK: - Hashing

    @inline(__always)
    private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    /// A hash of `bytes`, eight at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return UInt32(truncatingIfNeeded: h)
    }
}
