import Foundation
import TextAnalysis

/// The word shingles of a text, hashed: what near-copy detection compares.
///
/// Words are runs of letters and digits, lower-cased, Latin accents and
/// Arabic harakat folded (``ArabicNormalizer/fold(_:)``), so that an
/// agency's re-typed quotes, a dropped accent or added vowel marks do not
/// break a shingle. A shingle is `MergeRules.shingleWords` consecutive words.
struct Shingles: Equatable, Sendable {
    /// Each distinct shingle's 64-bit FNV-1a hash.
    let hashes: Set<UInt64>

    init(_ text: String) {
        let words = Self.words(in: text)
        let width = MergeRules.shingleWords
        var hashes = Set<UInt64>()
        if words.count < width {
            if !words.isEmpty { hashes.insert(Self.hash(words[...])) }
        } else {
            hashes.reserveCapacity(words.count - width + 1)
            for start in 0...(words.count - width) {
                hashes.insert(Self.hash(words[start..<(start + width)]))
            }
        }
        self.hashes = hashes
    }

    /// The share of the shorter text's shingles that the other text has
    /// too (the overlap coefficient, not Jaccard): outlets cut a wire at
    /// different points, and the part one of them kept is what counts.
    func similarity(to other: Shingles) -> Double {
        guard !hashes.isEmpty, !other.hashes.isEmpty else { return 0 }
        let (small, large) = hashes.count <= other.hashes.count ? (hashes, other.hashes) : (other.hashes, hashes)
        var shared = 0
        for hash in small where large.contains(hash) { shared += 1 }
        return Double(shared) / Double(small.count)
    }

    /// The MinHash signature: for each of `MergeRules.signatureHashes` seeds,
    /// the smallest of the shingles' hashes under that seed (kept to 32
    /// bits). Two signatures agree at a position with probability equal to
    /// the Jaccard index of the two shingle sets.
    var signature: [UInt32] {
        guard !hashes.isEmpty else { return [] }
        let count = MergeRules.signatureHashes
        var minima = [UInt64](repeating: .max, count: count)
        for hash in hashes {
            for index in 0..<count {
                let mixed = Self.mix(hash ^ Self.seeds[index])
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

    private static func hash(_ words: ArraySlice<[UInt32]>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for word in words {
            for scalar in word {
                hash = (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The text's words as folded scalar values.
    static func words(in text: String) -> [[UInt32]] {
        var words: [[UInt32]] = []
        var word: [UInt32] = []
        for scalar in text.unicodeScalars {
            let ascii = scalar.value
            if ascii < 0x80 {
                switch ascii {
                case 0x30...0x39, 0x61...0x7A: word.append(ascii)
                case 0x41...0x5A: word.append(ascii + 0x20)
                default:
                    if !word.isEmpty {
                        words.append(word)
                        word.removeAll(keepingCapacity: true)
                    }
                }
                continue
            }
            guard let folded = ArabicNormalizer.fold(scalar) else { continue }  // harakat, tatweel
            let properties = folded.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.generalCategory == .nonspacingMark { continue }
                word.append(Self.foldLatin(folded))
            } else if properties.generalCategory == .nonspacingMark {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Lower case without accents for Latin letters; other scripts as they are.
    private static func foldLatin(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) ? value + 0x20 : value
        }
        guard value < 0x0250 else { return value }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        let base = decomposed.value
        return (0x41...0x5A).contains(base) ? base + 0x20 : (base < 0x80 ? base : value)
    }
}
