/// The distinct spellings of the texts one thread tokenizes, each with a
/// number and its surface string, kept from one text to the next.
///
/// Most words of an article were in the articles before it. A spelling met
/// again keeps its number and its surface (making a string for every new
/// spelling of every text was most of the tokenizer's allocations), and a
/// caller keeps per number what it derives from the spelling alone (the
/// extractor, its word analyses), found by index instead of hashing the
/// word again. Spellings are compared scalar by scalar, so a number stands
/// for exactly one sequence of scalars (canonically equal spellings written
/// differently have two).
///
/// Bounded: a text that starts when more than `capacity` spellings are kept
/// empties the table first and bumps `generation`, which voids every number
/// handed out before. Numbers never change within a text.
public final class SpellingTable {
    /// Spellings kept before the table is emptied at the start of a text.
    public static let capacity = 16_384

    /// Bumped whenever the table is emptied: numbers of another generation mean nothing.
    @exclusivity(unchecked) public private(set) var generation = 0

    // The properties below are read for every token. Their exclusivity is
    // unchecked: a table belongs to one thread (see `WordAnalysisCache`), and
    // the dynamic checks cost more than the look-ups.

    /// Indices into `surfaces` by the hash of their scalars (open addressing); -1 marks a free slot.
    @exclusivity(unchecked) private var slots: [Int32] = Array(repeating: -1, count: 1024)
    @exclusivity(unchecked) private var slotHashes: [UInt32] = Array(repeating: 0, count: 1024)
    @exclusivity(unchecked) private var surfaces: [String] = []
    /// Spelling `n`'s scalars are `pool[starts[n]..<starts[n + 1]]`.
    @exclusivity(unchecked) private var starts: [Int] = [0]
    @exclusivity(unchecked) private var pool: [Unicode.Scalar] = []
    /// Per spelling, the text it was last met in and its first token there.
    @exclusivity(unchecked) private var lastText: [Int] = []
    @exclusivity(unchecked) private var firstTokens: [Int] = []
    /// How many texts were begun: the current text's number (0 before the first).
    @exclusivity(unchecked) public private(set) var text = 0

    public init() {}

    /// How many spellings are kept.
    public var count: Int { surfaces.count }

    /// The string of spelling `number`.
    @inline(__always)
    public func surface(_ number: Int) -> String { surfaces[number] }

    /// Starts a text: numbers handed out from here to the next call stay valid.
    func beginText() {
        text += 1
        guard surfaces.count > Self.capacity else { return }
        generation += 1
        // The slots keep their size: the table will fill again.
        for i in slots.indices { slots[i] = -1 }
        surfaces.removeAll(keepingCapacity: true)
        starts = [0]
        pool.removeAll(keepingCapacity: true)
        lastText.removeAll(keepingCapacity: true)
        firstTokens.removeAll(keepingCapacity: true)
    }

    /// The number of the spelling `scalars[start..<end]`, added when new,
    /// and the first token of this text spelled so (`token` when this is it).
    func number(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, token: Int) -> (number: Int, first: Int) {
        var h: UInt32 = 0x811C_9DC5
        for i in start..<end { h = (h ^ scalars[i].value) &* 0x0100_0193 }
        let mask = slots.count - 1
        var slot = Int(h) & mask
        while slots[slot] >= 0 {
            let n = Int(slots[slot])
            if slotHashes[slot] == h, starts[n + 1] - starts[n] == end - start,
               poolHolds(scalars, start, end, at: starts[n]) {
                if lastText[n] != text {
                    lastText[n] = text
                    firstTokens[n] = token
                }
                return (n, firstTokens[n])
            }
            slot = (slot + 1) & mask
        }
        let n = surfaces.count
        surfaces.append(String(scalars: scalars[start..<end]))
        pool.append(contentsOf: scalars[start..<end])
        starts.append(pool.count)
        lastText.append(text)
        firstTokens.append(token)
        slots[slot] = Int32(n)
        slotHashes[slot] = h
        if surfaces.count * 2 > slots.count { grow() }
        return (n, token)
    }

    /// Whether `pool` holds `scalars[start..<end]` from `at` on. (Through the
    /// buffers: comparing the two slices element by element cost more than
    /// hashing the spelling, and a look-up that finds its spelling, nearly
    /// every one, compares once.)
    @inline(__always)
    private func poolHolds(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, at: Int) -> Bool {
        pool.withUnsafeBufferPointer { kept in
            scalars.withUnsafeBufferPointer { asked in
                var k = 0
                while k < end - start {
                    if kept[at + k] != asked[start + k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    private func grow() {
        let oldSlots = slots, oldHashes = slotHashes
        slots = Array(repeating: -1, count: oldSlots.count * 2)
        slotHashes = Array(repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in zip(oldSlots, oldHashes) where index >= 0 {
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
            slotHashes[slot] = hash
        }
    }
}
