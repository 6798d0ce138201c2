import Foundation

/// A word as a dictionary key, hashed and compared by its UTF-8 bytes in
/// Normalization Form C.
///
/// `String` hashes and compares non-ASCII text (all of Arabic, accented
/// French) by normalising it on every call, and that was the largest single
/// cost of extraction: each token's readings are looked up in every
/// lexicon. A key normalises once, when it is made, and is already NFC in
/// the usual case (folded Arabic letters, Latin below U+0300), so equal
/// keys are exactly the canonically equivalent strings that `String`'s `==`
/// calls equal, and lookups give the same answers as with `String` keys.
struct WordKey: Hashable, Sendable {
    /// The word in NFC: the string it was made from in the usual case. (Only
    /// this: a key is copied for every look-up, and each string costs a retain.)
    private let normal: String
    /// FNV-1a of the normal form's bytes; `WordTable` probes with it directly.
    let hashCode: Int
    /// Whether `text` was NFC already, so that equal keys mean equal bytes.
    let isVerbatim: Bool

    init(_ text: String) {
        // One pass over the bytes hashes them and tells whether they are NFC already.
        var (hash, isNFC) = WordKey.hashAndCheck(text)
        if !isNFC {
            // Rare: combining marks, or characters outside the ranges checked;
            // Foundation's NFC is the one `String` compares by.
            normal = text.precomposedStringWithCanonicalMapping
            hash = WordKey.hashAndCheck(normal).hash
        } else {
            normal = text
        }
        isVerbatim = isNFC
        hashCode = hash
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
        guard a.hashCode == b.hashCode else { return false }
        let x = a.normal.utf8, y = b.normal.utf8
        guard x.count == y.count else { return false }
        // memcmp: elementsEqual on the buffers stepped through an iterator, ~200
        // instructions for an Arabic word, on every look-up that finds its key.
        let equal = x.withContiguousStorageIfAvailable { x in
            y.withContiguousStorageIfAvailable { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        return (equal ?? nil) ?? x.elementsEqual(y)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hashCode)
    }

    /// FNV-1a of `text`'s UTF-8 bytes, and whether `text` is NFC by a test
    /// that only says yes when sure: every scalar is a starter that composes
    /// with nothing before it (Latin below the combining diacritics, Arabic
    /// letters and signs other than marks, General Punctuation but its two
    /// singletons: quotes, dashes, the ellipsis, the invisible marks). Such a
    /// string is its own normal form, since anything that could compose or
    /// reorder fails the test. (Foundation's normalisation of a mark such as
    /// "’" costs thousands of instructions, and marks are asked of word lists.)
    private static func hashAndCheck(_ text: String) -> (hash: Int, isNFC: Bool) {
        // On the contiguous bytes (native strings, small ones included): the
        // UTF8View's iterator costs several times more per byte, once per token.
        text.utf8.withContiguousStorageIfAvailable { hashAndCheck(bytes: $0) } ?? hashAndCheck(bytes: text.utf8)
    }

    private static func hashAndCheck<Bytes: Sequence<UInt8>>(bytes: Bytes) -> (hash: Int, isNFC: Bool) {
        var h = fnvBasis
        var isNFC = true
        // The lead byte's payload of an Arabic-block scalar awaiting its second byte.
        var arabicLead: UInt32 = 0
        // A U+2000–U+20FF scalar being read: its bits so far, and the bytes it still awaits.
        var punctuation: UInt32 = 0, awaited = 0
        for byte in bytes {
            h = fnvStep(h, byte)
            guard isNFC, byte >= 0x80 else { continue }
            switch byte {
            case 0xC2...0xCB: arabicLead = 0                            // U+0080–U+02FF
            case 0xD8...0xDB: arabicLead = UInt32(byte & 0x1F)          // U+0600–U+06FF
            case 0xE2: (arabicLead, punctuation, awaited) = (0, 0x2, 2) // U+2000–U+2FFF
            case 0x80...0xBF:
                if awaited > 0 {
                    punctuation = punctuation << 6 | UInt32(byte & 0x3F)
                    awaited -= 1
                    // General Punctuation but U+2000 and U+2001, which decompose to U+2002 and U+2003.
                    if awaited == 0, !(0x2002...0x206F).contains(punctuation) { isNFC = false }
                    continue
                }
                guard arabicLead != 0 else { continue }
                switch arabicLead << 6 | UInt32(byte & 0x3F) {
                case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: isNFC = false
                default: break
                }
                arabicLead = 0
            default: isNFC = false
            }
        }
        return (fnvFinish(h), isNFC)
    }

    private static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func fnvStep(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    private static func fnvFinish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    /// FNV-1a fed a byte at a time: after `n` ASCII bytes, `code` is the
    /// `hashCode` of their key, so the hashes of all of a word's heads cost
    /// one pass over it.
    struct RunningHash {
        private var state = WordKey.fnvBasis

        mutating func append(_ byte: UInt8) { state = WordKey.fnvStep(state, byte) }

        var code: Int { WordKey.fnvFinish(state) }
    }

    /// The `hashCode` of the key of ASCII `bytes` (ASCII is NFC, so its key
    /// hashes the bytes themselves), without making a string: matchers test
    /// it before building keys for a word's prefixes, most of which miss.
    static func hashCode(ascii bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Int {
        var h = fnvBasis
        for byte in bytes { h = fnvStep(h, byte) }
        return fnvFinish(h)
    }
}

/// A map from words to values for lexicons that are built once and read for
/// every token: open addressing on `WordKey.hashCode`, so that a look-up
/// (most of them miss) costs a few array reads instead of a `Hasher` run.
struct WordTable<Value: Sendable>: Sendable {
    /// Indices into `keys` and `values`; -1 marks an empty slot.
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var hashes: [Int] = []
    /// The keys, in the order they were added.
    private(set) var keys: [WordKey] = []
    /// The values, by the positions `index(of:)` gives.
    private(set) var values: [Value] = []

    init() {}

    var isEmpty: Bool { keys.isEmpty }

    var count: Int { keys.count }

    subscript(key: WordKey) -> Value? {
        guard let index = index(of: key) else { return nil }
        return values[index]
    }

    func contains(_ key: WordKey) -> Bool { index(of: key) != nil }

    /// Sets the value of `key`, or changes it with `change` when present.
    mutating func update(_ key: WordKey, default value: Value, _ change: (inout Value) -> Void) {
        if let index = index(of: key) {
            change(&values[index])
            return
        }
        var new = value
        change(&new)
        keys.append(key)
        hashes.append(key.hashCode)
        values.append(new)
        if keys.count * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            for index in keys.indices { insertSlot(index) }
        } else {
            insertSlot(keys.count - 1)
        }
    }

    /// Changes the value at `index` (a position `index(of:)` gave).
    mutating func modifyValue(at index: Int, _ change: (inout Value) -> Void) {
        change(&values[index])
    }

    private mutating func insertSlot(_ index: Int) {
        let mask = slots.count - 1
        var slot = hashes[index] & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    /// Whether some key has this `hashCode`: false means `index(of:)` is nil
    /// for every key with it, so a caller may skip making the key.
    func containsHash(_ hash: Int) -> Bool {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return false }
            if hashes[index] == hash { return true }
            slot = (slot + 1) & mask
        }
    }

    /// The position of `key`'s value in `values`.
    func index(of key: WordKey) -> Int? {
        let mask = slots.count - 1
        let hash = key.hashCode
        var slot = hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, keys[index] == key { return index }
            slot = (slot + 1) & mask
        }
    }
}

/// A set of words on `WordTable`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { table.update(WordKey(word), default: true) { _ in } }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ key: WordKey) -> Bool { table.contains(key) }

    /// The words' keys, in the order they were added.
    var keys: [WordKey] { table.keys }
}
