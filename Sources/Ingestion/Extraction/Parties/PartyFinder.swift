import Model
import TextAnalysis

/// Finds the parties an article names: country names and their clitic and
/// adjective forms, capitals standing for governments, organisations, and
/// the phrases that stand for the issuers ("the two sides", الجانبان).
enum PartyFinder {
    /// `party-words.txt`, read once: its word classes by name.
    static let wordLists = WordLists("party-words.txt")

    /// Words after which a capital is a place, not a government.
    static let placeWords = PartyFinder.wordLists.folded("place")

    static func find(in document: Document) -> [PartyMention] {
        let lexicon = PartyLexicon.of(document.language)
        var mentions: [PartyMention] = []
        for line in document.lines where line.kind != .boilerplate {
            var index = line.tokens.lowerBound
            while index < line.tokens.upperBound {
                guard lexicon.matcher.mayStart(at: index, in: document) else { index += 1; continue }
                guard var match = lexicon.matcher.lookUp(at: index, in: document).first(where: {
                    $0.end <= line.tokens.upperBound && caseFits($0, lexicon, document) && endingFits($0, lexicon)
                }) else { index += 1; continue }
                // "US$200 billion" is money, not a party.
                if match.end < document.tokens.count, document.tokens[match.end].attached, document.tokens[match.end].surface == "$" {
                    index = match.end
                    continue
                }
                // "le Conseil de sécurité", "l'Union africaine": a name inside a self-reference wins.
                let value = lexicon.matcher.entries[match.entry].value
                if value == .issuers(dual: false) || value == .issuers(dual: true) || value == .plural {
                    for k in (match.first + 1)..<match.end {
                        if let inner = lexicon.matcher.matches(at: k, in: document).first(where: {
                            $0.end > match.end && $0.end <= line.tokens.upperBound && caseFits($0, lexicon, document)
                        }), case .party = lexicon.matcher.entries[inner.entry].value {
                            match = inner
                            break
                        }
                    }
                }
                index = match.end
                switch lexicon.matcher.entries[match.entry].value {
                case .blocked:
                    continue
                case let .issuers(dual):
                    mentions.append(PartyMention(first: match.first, end: match.end, code: nil, isPlace: false, isDual: dual))
                case .plural:
                    mentions.append(PartyMention(first: match.first, end: match.end, code: nil, isPlace: false, isPlural: true))
                case .kingdom:
                    mentions.append(PartyMention(first: match.first, end: match.end, code: nil, isPlace: false, isKingdom: true))
                case let .party(code, capital, adjective):
                    var place = false
                    if capital {
                        let prefix = match.reading.prefix
                        let afterPlaceWord = match.first > 0 ? placeWords.contains(match.first - 1, in: document) : placeWords.contains("")
                        place = afterPlaceWord || prefix.unicodeScalars.contains("ب") || prefix.procliticsEnd(with: "ل")
                    }
                    mentions.append(PartyMention(
                        first: match.first, end: match.end, code: code, isPlace: place, proclitics: match.reading.prefix,
                        isAdjective: adjective))
                }
            }
        }
        return joiningAcronyms(mentions, in: document)
    }

    /// "the Gulf Cooperation Council (GCC)", "l'Union européenne (UE)": a name and the
    /// acronym that repeats it in parentheses are one mention, so that a list of
    /// parties or a clause's subject reads on past the parenthesis. An acronym the
    /// lexicons do not list ("the Pacific Islands Forum (PIF)") is one word in capitals.
    static func joiningAcronyms(_ mentions: [PartyMention], in document: Document) -> [PartyMention] {
        var joined: [PartyMention] = []
        joined.reserveCapacity(mentions.count)
        for m in mentions {
            if let last = joined.last, let code = last.code, m.code == code, m.first == last.end + 1, m.end < document.tokens.count,
               document.tokens[last.end].surface == "(", document.tokens[m.end].surface == ")" {
                joined[joined.count - 1].end = m.end + 1
            } else {
                joined.append(m)
            }
        }
        for i in joined.indices where joined[i].code != nil && isUnlistedAcronym(after: joined[i].end, document)
            && (i + 1 == joined.count || joined[i + 1].first >= joined[i].end + 3) {
            joined[i].end += 3
        }
        return joined
    }

    /// Whether `(`, one word of two to eight capitals, and `)` stand at `index`.
    static func isUnlistedAcronym(after index: Int, _ document: Document) -> Bool {
        guard index + 2 < document.tokens.count, document.tokens[index].surface == "(",
              document.tokens[index + 2].surface == ")", document.tokens[index + 1].kind == .word else { return false }
        let scalars = document.tokens[index + 1].surface.unicodeScalars
        return (2...8).contains(scalars.count) && scalars.allSatisfy { $0.properties.isUppercase }
    }

    /// A name takes no ending (الرياضة is sport, not الرياض); an adjective
    /// takes gender and number endings only.
    private static func endingFits(_ match: PhraseMatcher<PartyLexicon.Value>.Match, _ lexicon: PartyLexicon) -> Bool {
        let suffix = match.reading.suffix
        if suffix.isEmpty { return true }
        guard case let .party(_, _, adjective) = lexicon.matcher.entries[match.entry].value else {
            return phraseEndings.contains(suffix)
        }
        return (adjective ? adjectiveEndings : nameEndings).contains(suffix)
    }

    // Word lists, not array literals: an array built and compared per candidate
    // normalised each Arabic ending it was compared with.
    /// الجانبان / الجانبين are listed; duals pass.
    private static let phraseEndings: FoldedWordSet = ["ان", "ين", "ه"]
    /// An adjective's gender and number endings.
    private static let adjectiveEndings: FoldedWordSet = ["ه", "ين", "ون", "ان", "ات", "تين", "تان"]
    /// English and French plurals and feminines: Pakistanis, chinoise, pakistanaises.
    private static let nameEndings: FoldedWordSet = ["s", "e", "es", "ne", "nes"]

    /// Latin names count only when written as names: capitalised like the
    /// lexicon writes them, and acronyms in capitals ("US" is not "us").
    private static func caseFits(_ match: PhraseMatcher<PartyLexicon.Value>.Match, _ lexicon: PartyLexicon, _ document: Document) -> Bool {
        let rule = lexicon.caseRules[match.entry]
        guard rule.capitalised || rule.acronym else { return true }
        let surface = document.tokens[match.first].surface
        if rule.capitalised {
            guard let s = surface.unicodeScalars.first, isUppercase(s) else { return false }
        }
        if rule.acronym {
            return surface.unicodeScalars.allSatisfy { !isLowercase($0) }
        }
        return true
    }

    // ASCII without the property tables: there only A-Z are upper case and a-z lower case.
    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (0x41...0x5A).contains(s.value) : s.properties.isUppercase
    }

    private static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (0x61...0x7A).contains(s.value) : s.properties.isLowercase
    }
}
