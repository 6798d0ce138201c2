import Model
import TextAnalysis

/// Office holders the news names without saying whose they are
/// (`officials.txt`): "President Obama" in a readout about Iraq, "Faye and
/// Ouattara met", « Macron a reçu Tebboune », "بحث السيسي وماكرون".
///
/// Asked once per document, by a word table: a person's name is one
/// dictionary look-up, and the headline and lead one matcher pass.
struct KnownOfficials: Sendable {
    /// One office one person held: the party he spoke for in it.
    struct Office: Sendable, Hashable {
        var party: PartyCode
        var role: PersonRole?

        /// The one party `offices` are held for, when they are all one party's.
        static func party(of offices: [Office]) -> PartyCode? {
            let parties = Set(offices.map(\.party))
            return parties.count == 1 ? parties.first : nil
        }
    }

    /// One name form and every office of the persons it names.
    struct Form: Sendable {
        var offices: [Office]
        /// A common name or word too ("Abbas", "May", "السوداني"): only beside a title.
        var guarded: Bool
        /// The one party the form names alone, when it names one.
        var party: PartyCode? { Office.party(of: offices) }
    }

    private(set) var forms: [Form] = []
    /// Forms by their words folded and joined by a space, as `PersonMention.nameWords` gives them.
    private var byName: [String: Int] = [:]
    /// The forms as phrases, for text no title introduces; values index `forms`.
    private(set) var matcher = PhraseMatcher<Int>()
    /// The first word of every form, and each Arabic one behind و ("وماكرون"): most tokens of a
    /// lead begin no form, and this says so through the word's key before the matcher looks.
    private(set) var firstWords: FoldedWordSet = []

    static let shared = KnownOfficials(LexiconFile.lines("officials.txt"))

    init(_ lines: [String]) {
        var firsts: [String] = []
        for line in lines {
            let (code, rest) = LexiconFile.head(line)
            let (roleField, names) = LexiconFile.head(rest)
            let role = PersonRole(rawValue: roleField)
            let office = Office(party: PartyCode(code), role: role)
            for alternative in LexiconFile.alternatives(role == nil ? rest : names) {
                for written in Self.spellings(alternative) {
                    let guarded = written.hasPrefix("~")
                    let phrase = guarded ? String(written.dropFirst()) : written
                    let key = Self.key(phrase)
                    guard !key.isEmpty else { continue }
                    if let id = byName[key] {
                        if !forms[id].offices.contains(office) { forms[id].offices.append(office) }
                        forms[id].guarded = forms[id].guarded || guarded
                    } else {
                        byName[key] = forms.count
                        matcher.add(phrase, value: forms.count)
                        if let first = Tokenizer.tokens(Array(phrase.unicodeScalars)).first.map({ WordAnalysis.fold($0.surface) }) {
                            firsts += [first, "و" + first]
                        }
                        forms.append(Form(offices: [office], guarded: guarded))
                    }
                }
            }
        }
        firstWords = FoldedWordSet(firsts)
    }

    /// The first words of Arabic names written apart from the next word or glued to it (`person-words.txt`).
    static let compoundHeads = PersonWords.shared.lists.words("compound-head")

    /// `written`, and its other spelling when an Arabic name's compound is written
    /// apart or glued ("أبو الغيط", "أبوالغيط"): outlets write both.
    static func spellings(_ written: String) -> [String] {
        let words = written.split(separator: " ").map(String.init)
        var other: [String] = []
        var changed = false
        var k = 0
        while k < words.count {
            let folded = WordAnalysis.fold(words[k])
            if k + 1 < words.count, compoundHeads.contains(folded), WordAnalysis.fold(words[k + 1]).count > 1 {
                other.append(words[k] + words[k + 1])
                changed = true
                k += 2
                continue
            }
            if let head = compoundHeads.first(where: { folded.hasPrefix($0) && folded.count > $0.count + 1 }) {
                let cut = words[k].index(words[k].startIndex, offsetBy: head.count)
                other += [String(words[k][..<cut]), String(words[k][cut...])]
                changed = true
            } else {
                other.append(words[k])
            }
            k += 1
        }
        return changed ? [written, other.joined(separator: " ")] : [written]
    }

    /// The form whose words are `words` (folded), or whose first two or more words they begin with
    /// ("Mohamed bin Zayed Al Nahyan" is "Mohamed bin Zayed").
    func form(named words: [String]) -> Form? {
        guard !words.isEmpty else { return nil }
        for n in stride(from: words.count, through: min(2, words.count), by: -1) {
            if let id = byName[words[0..<n].joined(separator: " ")] { return forms[id] }
        }
        return nil
    }

    /// Whether `words` (folded) are exactly one form's words.
    func names(_ words: [String]) -> Bool { byName[words.joined(separator: " ")] != nil }

    /// The words of a written name folded, without the particles, titles and
    /// initials a `PersonMention`'s name words leave out ("bin", "al", "de", "Sheikh", "J.").
    static func key(_ phrase: String) -> String {
        Tokenizer.tokens(Array(phrase.unicodeScalars)).filter { $0.kind == .word }.map { WordAnalysis.fold($0.surface) }
            .filter { !PersonFinder.latinParticles.contains($0) && !PersonFinder.titleWords.contains($0) && !PersonFinder.isInitial($0) }
            .joined(separator: " ")
    }
}
