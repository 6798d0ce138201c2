/// A light French stemmer: folds inflection, not derivation.
///
/// coopération ~ coopérations, économique ~ économiques ~ économiquement,
/// national ~ nationale ~ nationaux, européen ~ européenne, français ~
/// française ~ françaises. Elisions (l', d') are split off before stemming
/// by the analyzer.
public enum FrenchStemmer {
    /// The stem of one French word.
    ///
    /// - Parameter word: a single lower-case word, accented or not; the
    ///   stem is returned without accents.
    public static func stem(_ word: String) -> String {
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars {
            switch LatinFolding.fold(scalar.value) {
            case let .ascii(first, second, _):
                bytes.append(first)
                if second != 0 { bytes.append(second) }
            case .dropped:
                continue
            case .foreign:
                bytes.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Forms no rule below reaches (travaux, yeux, nouvelle) → the word
    /// they are indexed as (`Lexicons/french-irregular-forms.txt`).
    static let irregularForms: [[UInt8]: [UInt8]] = {
        var forms: [[UInt8]: [UInt8]] = [:]
        for line in EnglishLexicon.lines(EmbeddedFiles.files["french-irregular-forms.txt"] ?? "") where line.count >= 2 {
            forms[line[0]] = line[1]
        }
        return forms
    }()

    /// Stems lower-case, accent-free ASCII bytes in place.
    static func stem(_ w: inout [UInt8]) {
        let s = UInt8(ascii: "s"), x = UInt8(ascii: "x"), e = UInt8(ascii: "e")
        if w.count <= 9, let word = irregularForms[w] { w = word }
        guard w.count > 3 else { return }
        // Plurals: -aux is the plural of -al (but -eaux of -eau: bureaux,
        // niveaux); otherwise a final s or x.
        if ends(w, "aux"), w.count >= 5, w[w.count - 4] != e {
            w.removeLast(2)
            w.append(UInt8(ascii: "l"))
        } else if let last = w.last, last == s || last == x {
            w.removeLast()
        }
        // Adverbs in -ement come from the feminine adjective.
        if ends(w, "ement"), w.count - 5 >= 4 { w.removeLast(5) }
        // Feminine -e (and -ée).
        var dropped = 0
        while dropped < 2, w.count > 3, w.last == e {
            w.removeLast()
            dropped += 1
        }
        // Singular words ending in s (français, progrès) meet their
        // feminine or plural once that e is gone.
        if w.count > 3, w.last == s, w[w.count - 2] != s { w.removeLast() }
        // Doubled consonants of the feminine: officielle, européenne, nette.
        if w.count > 3, let last = w.last, last == w[w.count - 2],
           last == UInt8(ascii: "l") || last == UInt8(ascii: "n") || last == UInt8(ascii: "t") || last == s {
            w.removeLast()
        }
        // -ive / -if: négative ~ négatif.
        if ends(w, "iv") { w[w.count - 1] = UInt8(ascii: "f") }
    }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard w.count >= length else { return false }
        return suffix.withUTF8Buffer { buffer in
            (0..<length).allSatisfy { w[w.count - length + $0] == buffer[$0] }
        }
    }
}
