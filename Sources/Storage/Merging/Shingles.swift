import Foundation
import TextAnalysis

/// The word shingles of a text, hashed: what near-copy detection compares.
///
/// Words are runs of letters and digits, lower-cased, Latin accents and
/// Arabic harakat folded (``ArabicNormalizer/fold(_:)``), so that an
/// agency's re-typed quotes, a dropped accent or added vowel marks do not
/// break a shingle. A shingle is `MergeRules.shingleWords` consecutive words,
/// among the text's first `MergeRules.fingerprintWords`.
struct Shingles: Equatable, Sendable {
    /// Each distinct shingle's 64-bit hash, sorted.
    let hashes: [UInt64]

    /// Words are hashed as they are read and shingles combine the last
    /// words' hashes: no word is kept (ingest computes this for every
    /// article, beside extraction).
    init(_ text: String) {
        let width = MergeRules.shingleWords
        var recent = [UInt64](repeating: 0, count: width)
        var words = 0
        var hashes: [UInt64] = []
        hashes.reserveCapacity(MergeRules.fingerprintWords)
        Self.forEachWord(in: text, limit: MergeRules.fingerprintWords) { word in
            recent[words % width] = word
            words += 1
            if words >= width {
                var shingle: UInt64 = 0x9E37_79B9_7F4A_7C15
                for back in stride(from: width, to: 0, by: -1) {
                    shingle = Self.mix(shingle ^ recent[(words - back) % width])
                }
                hashes.append(shingle)
            }
        }
        if words > 0, words < width {
            var shingle: UInt64 = 0x9E37_79B9_7F4A_7C15
            for index in 0..<words { shingle = Self.mix(shingle ^ recent[index]) }
            hashes.append(shingle)
        }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where hash != unique.last { unique.append(hash) }
        self.hashes = unique
    }

    /// Calls `body` with the hash of each of the first `limit` words of
    /// `text` (FNV-1a over its folded scalars, ``fold(_:)``), in order.
    ///
    /// Reads the UTF-8 in place and folds ASCII inline: a call to `fold`
    /// for every byte, and a `String.UTF8View` iterator, cost more than
    /// the hashing.
    @inline(__always)
    static func forEachWord(in text: String, limit: Int = .max, _ body: (UInt64) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var words = 0
            var word: UInt64 = offset
            var inWord = false
            var index = 0
            while words < limit, index < bytes.count {
                let byte = bytes[index]
                index += 1
                let folded: UInt32?
                if byte < 0x80 {
                    // ASCII as `fold` reads it: letters lower-cased, digits kept, the rest a break.
                    let lower = byte | 0x20
                    folded = (0x61...0x7A).contains(lower) || (0x30...0x39).contains(byte) ? UInt32(lower) : nil
                } else {
                    var value = UInt32(byte)
                    if byte >= 0xC0 {
                        let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                        value &= byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F
                        for _ in 0..<extra {
                            let next = index < bytes.count ? bytes[index] : 0x80
                            index += 1
                            value = (value << 6) | UInt32(next & 0x3F)
                        }
                    }
                    folded = fold(Unicode.Scalar(value) ?? " ")
                }
                if let folded {
                    if folded == 0 { continue }  // a mark inside a word
                    word = (word ^ UInt64(folded)) &* prime
                    inWord = true
                } else if inWord {
                    body(word)
                    words += 1
                    word = offset
                    inWord = false
                }
            }
            if inWord, words < limit { body(word) }
        }
    }

    private static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// A scalar as part of a word: its folded value, 0 for a mark to skip
    /// (harakat, tatweel, combining accents), nil for a word break.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A: return value
        case 0x41...0x5A: return value + 0x20
        case 0..<0x80: return nil
        case 0x0600...0x06FF:
            guard let folded = ArabicNormalizer.fold(scalar) else { return 0 }
            if ArabicNormalizer.isArabicLetter(folded) { return folded.value }
            if (0x0660...0x0669).contains(folded.value) { return folded.value - 0x0660 + 0x30 }
            if (0x064B...0x065F).contains(folded.value) || folded.value == 0x0670 { return 0 }
            return nil
        case 0xC0...0x024F where value != 0xD7 && value != 0xF7:
            return latinFolds[Int(value - 0xC0)]
        default:
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { return 0 }
            return properties.isAlphabetic || properties.numericType != nil ? value : nil
        }
    }

    /// The share of the shorter text's shingles that the other text has
    /// too (the overlap coefficient, not Jaccard): outlets cut a wire at
    /// different points, and the part one of them kept is what counts.
    func similarity(to other: Shingles) -> Double {
        guard !hashes.isEmpty, !other.hashes.isEmpty else { return 0 }
        var (i, j, shared) = (0, 0, 0)
        while i < hashes.count, j < other.hashes.count {
            if hashes[i] == other.hashes[j] {
                shared += 1
                i += 1
                j += 1
            } else if hashes[i] < other.hashes[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(min(hashes.count, other.hashes.count))
    }

    /// The MinHash signature: for each of `MergeRules.signatureHashes` seeds,
    /// the smallest of the shingles' hashes under that seed (kept to 32
    /// bits). Two signatures agree at a position with probability equal to
    /// the Jaccard index of the two shingle sets.
    var signature: [UInt32] {
        guard !hashes.isEmpty else { return [] }
        let count = MergeRules.signatureHashes
        var minima = [UInt64](repeating: .max, count: count)
        // Shingle hashes are already mixed: one multiply and a shift per
        // seed make the permutations (a full mix each was a fifth of the
        // fingerprint's cost).
        for hash in hashes {
            for index in 0..<count {
                var mixed = (hash ^ Self.seeds[index]) &* 0x9E37_79B9_7F4A_7C15
                mixed ^= mixed >> 29
                if mixed < minima[index] { minima[index] = mixed }
            }
        }
        return minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
    }

    /// MinHash bands: `MergeRules.bands` values, each the hash of
    /// `MergeRules.rowsPerBand` positions of the signature, tagged with the
    /// band's number. Two texts whose shingle sets have a Jaccard index `s`
    /// share at least one band with probability `1 - (1 - s^r)^b`.
    static func bands(of signature: [UInt32]) -> [Int64] {
        guard signature.count >= MergeRules.bands * MergeRules.rowsPerBand else { return [] }
        return (0..<MergeRules.bands).map { band in
            var value = Self.mix(UInt64(band) &+ 0x9E37_79B9_7F4A_7C15)
            for row in 0..<MergeRules.rowsPerBand {
                value = Self.mix(value ^ UInt64(signature[band * MergeRules.rowsPerBand + row]))
            }
            return Int64(bitPattern: value)
        }
    }

    /// Positions at which two signatures agree, out of their length: an
    /// estimate of the Jaccard index of the shingle sets.
    static func agreement(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var same = 0
        for index in a.indices where a[index] == b[index] { same += 1 }
        return Double(same) / Double(a.count)
    }

    /// ``similarity(to:)`` estimated from two signatures and the two sets'
    /// sizes, without either text: a Jaccard index `j` of sets of sizes
    /// `m` and `n` means `j (m + n) / (1 + j)` shingles in common.
    static func estimatedSimilarity(_ a: [UInt32], count m: Int, _ b: [UInt32], count n: Int) -> Double {
        guard m > 0, n > 0 else { return 0 }
        let j = agreement(a, b)
        let shared = j * Double(m + n) / (1 + j)
        return min(1, shared / Double(min(m, n)))
    }

    /// Fixed seeds: bands must be the same in every process and version.
    private static let seeds: [UInt64] = {
        var state: UInt64 = 0x5EED_0F_E17E_17E
        return (0..<MergeRules.signatureHashes).map { _ in
            state = mix(state &+ 0x9E37_79B9_7F4A_7C15)
            return state
        }
    }()

    /// SplitMix64's finaliser: spreads every input bit over the output.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// U+00C0–U+024F lower-cased without accents (é → e, Ç → c), once.
    private static let latinFolds: [UInt32] = (UInt32(0xC0)...0x024F).map { value in
        let scalar = Unicode.Scalar(value)!
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        let base = decomposed.value
        return (0x41...0x5A).contains(base) ? base + 0x20 : (base < 0x80 ? base : value)
    }
}
