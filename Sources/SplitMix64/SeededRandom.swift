/// SplitMix64: a tiny generator whose whole state is one integer, so a seed
/// gives the same numbers on every machine and Swift version (the standard
/// library's generator is neither seedable nor stable across releases).
/// The benchmark corpus and the tests' shuffles and cuts draw from it.
///
/// Inlinable: the corpus generator draws millions of values.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    @inlinable
    public init(seed: UInt64) { state = seed }

    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound`, without `Int.random(in:using:)` whose
    /// algorithm the standard library may change.
    @inlinable
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// A value in `range`.
    @inlinable
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent`/100.
    @inlinable
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array.
    @inlinable
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index drawn from cumulative weights (the last weight is the total).
    @inlinable
    public mutating func weighted(_ cumulative: [Int]) -> Int {
        let draw = below(cumulative.last!)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > draw { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
