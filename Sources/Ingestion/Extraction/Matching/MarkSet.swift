import Foundation

/// A few punctuation marks (",", "،", "«"…) that tokens' surfaces are tested
/// against, with `Set<String>`'s answers but without hashing the surface.
///
/// `String` equality is canonical equivalence: two strings are equal when
/// their canonical decompositions (NFD) are. Each mark here is one scalar
/// that is its own decomposition. Decomposing never shortens a string, so a
/// surface of two or more scalars equals no mark; a one-scalar surface
/// equals a mark when it is that scalar or decomposes to it alone (a
/// "singleton": U+037E GREEK QUESTION MARK is ";"). Singletons lie in a few
/// known blocks; a scalar outside them is compared by value, and one inside
/// them is asked of the `Set<String>`, as before.
struct MarkSet: Sendable, ExpressibleByArrayLiteral {
    private let values: [UInt32]
    private let strings: Set<String>

    init(arrayLiteral marks: String...) {
        var values: [UInt32] = []
        for mark in marks {
            var scalars = mark.unicodeScalars.makeIterator()
            guard let scalar = scalars.next(), scalars.next() == nil, !MarkSet.mayBeSingleton(scalar.value),
                  scalar.properties.canonicalCombiningClass == .notReordered,
                  Array(mark.decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar]
            else { preconditionFailure("a mark is one scalar that is its own canonical decomposition: \(mark)") }
            values.append(scalar.value)
        }
        self.values = values
        strings = Set(marks)
    }

    /// Whether `surface` is one of the marks (`String` equality).
    @inline(__always)
    func contains(_ surface: String) -> Bool {
        var scalars = surface.unicodeScalars.makeIterator()
        guard let scalar = scalars.next() else { return strings.contains(surface) }
        // Two or more scalars decompose to two or more: no one-scalar mark.
        guard scalars.next() == nil else { return false }
        if MarkSet.mayBeSingleton(scalar.value) { return strings.contains(surface) }
        return values.contains(scalar.value)
    }

    /// Whether `value` is in a block that holds scalars whose canonical
    /// decomposition is a single other scalar (Unicode's singletons:
    /// U+0340–U+0387, Greek extended, U+2000–U+2001, the letterlike symbols,
    /// the angle brackets, CJK compatibility ideographs), or above the BMP.
    static func mayBeSingleton(_ value: UInt32) -> Bool {
        switch value {
        case 0x0340...0x0387, 0x1F00...0x1FFF, 0x2000...0x2001, 0x2100...0x214F, 0x2329...0x232A,
             0xF900...0xFAFF, 0x10000...: return true
        default: return false
        }
    }
}
