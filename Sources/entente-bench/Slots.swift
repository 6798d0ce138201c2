import Foundation
import Model
import SplitMix64

/// Fills a template's slots for one article: its two parties, organisation,
/// city and year, and the subject drawn for the sentence at hand.
struct Slots {
    let language: Language
    let first: Lexicon.Name
    let second: Lexicon.Name
    let organization: Lexicon.Name
    let city: (english: String, french: String, arabic: String)
    let year: Int
    private(set) var subject = Lexicon.subjects[0]

    init(language: Language, first: Lexicon.Name, second: Lexicon.Name, organization: Lexicon.Name,
         city: (english: String, french: String, arabic: String), year: Int) {
        self.language = language
        self.first = first
        self.second = second
        self.organization = organization
        self.city = city
        self.year = year
    }

    /// Draws the subject `{S}` stands for until the next draw (Zipf: a few
    /// subjects are everywhere, the tail is rare).
    @discardableResult
    mutating func drawSubject(_ random: inout SeededRandom) -> Lexicon.Subject {
        subject = Lexicon.subjects[random.weighted(Lexicon.subjectWeights)]
        return subject
    }

    /// `template` with every slot replaced; the sentence starts with a capital.
    func fill(_ template: String, _ random: inout SeededRandom) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 64)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let key = rest[rest.index(after: open)]
            rest = rest[rest.index(open, offsetBy: 3)...]
            switch key {
            case "A": out += name(first)
            case "B": out += name(second)
            case "O": out += name(organization)
            case "C": out += language == .english ? city.english : language == .french ? city.french : city.arabic
            case "Y": out += String(year + random.within(0...4))
            case "N": out += String(random.within(2...90))
            case "S":
                let text = language == .english ? subject.english : language == .french ? subject.french : subject.arabic
                // French elides "de" before a vowel: "en matière d'énergie".
                if language == .french, out.hasSuffix(" de "), let initial = text.unicodeScalars.first,
                   "aeéèêiîouh".unicodeScalars.contains(initial) {
                    out.removeLast(2)
                    out += "'"
                }
                out += text
            default: out += "{\(key)}"
            }
        }
        out += rest
        if language == .french {
            // The articles of country names contract after "de" and "à".
            for (long, short) in [(" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux ")] {
                out = out.replacingOccurrences(of: long, with: short)
            }
        }
        if let initial = out.first, initial.isLowercase {
            out = initial.uppercased() + out.dropFirst()
        }
        return out
    }

    private func name(_ party: Lexicon.Name) -> String {
        switch language {
        case .english: return party.english
        case .french: return party.french
        case .arabic: return party.arabic
        }
    }
}
