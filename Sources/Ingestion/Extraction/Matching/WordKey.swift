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
    /// The word as given (not normalised), for callers that need it back.
    let text: String
    /// `text` in NFC: the same string in the usual case.
    private let normal: String
    private let hash: Int
    /// Whether `text` was NFC already, so that equal keys mean equal bytes.
    let isVerbatim: Bool

    init(_ text: String) {
        self.text = text
        // Rare: combining marks, or characters outside the ranges `isNFC` knows;
        // Foundation's NFC is the one `String` compares by.
        isVerbatim = WordKey.isNFC(text)
        normal = isVerbatim ? text : text.precomposedStringWithCanonicalMapping
        // FNV-1a: a word's bytes are few, and Hasher mixes the result again.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normal.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash = Int(truncatingIfNeeded: h)
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
        a.hash == b.hash && a.normal.utf8.elementsEqual(b.normal.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// Whether `text` is NFC by a test that only says yes when sure: every
    /// scalar is a starter that composes with nothing before it (Latin below
    /// the combining diacritics, Arabic letters and signs other than marks).
    /// Such a string is its own normal form whatever follows, since anything
    /// that could compose or reorder fails the test.
    private static func isNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x0300: continue
            case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return false
            case 0x0600...0x06FF: continue
            default: return false
            }
        }
        return true
    }
}
