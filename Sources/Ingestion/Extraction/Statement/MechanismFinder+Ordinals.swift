/// Ordinals of 21 to 99 written in words, from the tens and units of
/// `ordinal-compounds.txt`: a summit's or a session's number is often that
/// high ("the thirty-second Arab summit", "الدورة الثانية والثلاثين").
extension MechanismFinder {
    /// The most tokens an ordinal takes: "vingt et unième", "quatre - vingt - dixième".
    static let longestOrdinal = 5

    static func addCompoundOrdinals(to matcher: inout PhraseMatcher<Int>) {
        var tens: [String: [(Int, String)]] = [:]
        var units: [String: [(Int, String)]] = [:]
        for line in LexiconFile.lines("ordinal-compounds.txt") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard fields.count >= 4, let n = Int(fields[2]) else { continue }
            let forms = fields[3...].map { (n, $0) }
            switch fields[1] {
            case "ten": tens[fields[0], default: []] += forms
            case "unit": units[fields[0], default: []] += forms
            default: continue
            }
        }
        // In the file's order, so that the matcher's entries are the same in every process.
        for language in ["en", "fr", "ar"] {
            for (ten, tenWord) in tens[language] ?? [] {
                for (unit, unitWord) in units[language] ?? [] {
                    for phrase in compoundSpellings(language, ten: tenWord, unit: unitWord) {
                        matcher.add(phrase, value: ten + unit)
                    }
                }
            }
        }
    }

    /// How each language joins a ten and a unit.
    private static func compoundSpellings(_ language: String, ten: String, unit: String) -> [String] {
        switch language {
        // The reading of "والثلاثين" drops its و, so "ثاني ثلاثين" matches it; "ثاني و ثلاثين" a detached و.
        case "ar": return ["\(unit) \(ten)", "\(unit) و \(ten)"]
        case "fr": return ["\(ten)-\(unit)", "\(ten) et \(unit)", "\(ten)-et-\(unit)"]
        default: return ["\(ten)-\(unit)", "\(ten) \(unit)"]
        }
    }
}
