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
            for written in LexiconFile.alternatives(role == nil ? rest : names) {
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
        firstWords = FoldedWordSet(firsts)
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
