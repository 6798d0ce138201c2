import Foundation
import TextAnalysis

/// How a written word can be read for matching: its folded form and the
/// stems it may carry once clitics and inflections are taken off.
///
/// Arabic words lose proclitics (و ف، ب ل ك س، ال) and then suffixes
/// (ت ا وا … ها هما هم); Latin words lose English and French inflections.
/// Lexicon entries are folded the same way and compared with these stems,
/// so a lexicon lists a stem once instead of every form.
struct WordAnalysis: Sendable {
    /// One reading: what came before the stem, the stem, what came after.
    struct Reading: Hashable, Sendable {
        var prefix: String
        var stem: String
        var suffix: String
    }

    let folded: String
    let isArabic: Bool
    /// The word without proclitics, longest first (the word itself included).
    let bases: [(prefix: String, base: String)]
    let readings: [Reading]

    init(_ surface: String) {
        let arabic = surface.unicodeScalars.contains { Script.of($0) == .arabic }
        isArabic = arabic
        folded = WordAnalysis.fold(surface)
        if arabic {
            bases = WordAnalysis.arabicBases(folded)
            var readings: [Reading] = []
            for (prefix, base) in bases {
                for suffix in WordAnalysis.arabicSuffixes where base.hasSuffix(suffix) {
                    let stemCount = base.count - suffix.count
                    guard stemCount >= 2 else { continue }
                    let stem = String(base.prefix(stemCount))
                    readings.append(Reading(prefix: prefix, stem: stem, suffix: suffix))
                    // A ta marbuta turns into ت before a suffix: معارضتها is معارضة + ها.
                    if !suffix.isEmpty, stem.hasSuffix("ت"), stemCount >= 3 {
                        readings.append(Reading(prefix: prefix, stem: String(stem.dropLast()) + "ه", suffix: suffix))
                    }
                }
            }
            self.readings = readings
        } else {
            bases = [("", folded)]
            readings = WordAnalysis.latinLemmas(folded).map { Reading(prefix: "", stem: $0.0, suffix: $0.1) }
        }
    }

    /// Arabic letters folded by `ArabicNormalizer`; Latin lower-cased with
    /// accents dropped; typographic apostrophes made plain.
    static func fold(_ surface: String) -> String {
        var hasArabic = false, hasNonASCII = false
        for scalar in surface.unicodeScalars {
            if Script.of(scalar) == .arabic { hasArabic = true; break }
            if scalar.value > 0x7F { hasNonASCII = true }
        }
        if hasArabic { return ArabicNormalizer.normalize(surface) }
        if !hasNonASCII { return surface.lowercased() }
        return surface.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
    }

    static let conjunctions = ["", "و", "ف"]
    static let prepositions = ["", "ب", "ل", "ك", "س"]

    /// Every way of peeling proclitics off `word`, keeping at least two letters.
    static func arabicBases(_ word: String) -> [(prefix: String, base: String)] {
        var result: [(String, String)] = [("", word)]
        guard let first = word.unicodeScalars.first, "وفبلكسا".unicodeScalars.contains(first) else { return result }
        var seen: Set<String> = [""]
        for conjunction in conjunctions {
            for preposition in prepositions {
                for article in ["", "ال"] {
                    var prefix = conjunction + preposition + article
                    if preposition == "ل", article == "ال" { prefix = conjunction + "لل" }
                    guard !prefix.isEmpty, !seen.contains(prefix), word.hasPrefix(prefix) else { continue }
                    seen.insert(prefix)
                    let base = String(word.dropFirst(prefix.count))
                    if base.count >= 2 { result.append((prefix, base)) }
                }
            }
        }
        return result
    }

    static let arabicSuffixes = [
        "", "ت", "ا", "وا", "تا", "ن", "ان", "ين", "ون", "ات", "ه", "ها", "هما", "هم", "هن", "ي", "نا", "كم",
        "تم", "اه", "اها", "يه",
    ]

    /// Lemmas a Latin word may be an inflection of (English -s -ed -ing,
    /// French -e -s -es), with the ending taken off.
    static func latinLemmas(_ word: String) -> [(String, String)] {
        var result: [(String, String)] = [(word, "")]
        func add(_ stem: Substring, _ suffix: String) {
            if stem.count >= 2 { result.append((String(stem), suffix)) }
        }
        let n = word.count
        if word.hasSuffix("ies") { add(word.dropLast(3) + "y", "s") }
        if word.hasSuffix("ied") { add(word.dropLast(3) + "y", "ed") }
        if word.hasSuffix("es") { add(word.dropLast(2), "es") }
        if word.hasSuffix("s") { add(word.dropLast(), "s") }
        if word.hasSuffix("ed") {
            add(word.dropLast(2), "ed")
            add(word.dropLast(), "ed")
            let stem = word.dropLast(2)
            if stem.count >= 3, let last = stem.last, stem.dropLast().last == last { add(stem.dropLast(), "ed") }
        }
        if word.hasSuffix("ing"), n > 5 {
            let stem = word.dropLast(3)
            add(stem, "ing")
            add(stem + "e", "ing")
            if let last = stem.last, stem.dropLast().last == last { add(stem.dropLast(), "ing") }
        }
        if word.hasSuffix("e") { add(word.dropLast(), "e") }
        if word.hasSuffix("ne") { add(word.dropLast(2), "ne") }
        if word.hasSuffix("nes") { add(word.dropLast(3), "nes") }
        return result
    }
}
