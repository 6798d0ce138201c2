import Model

/// The party of an official the text names without one ("the Minister of Foreign Affairs X"),
/// once the statement's issuers are known.
enum PersonParties {
    /// Offices held for a state, never for an organisation: a foreign minister is no UN official.
    static let stateRoles: Set<PersonRole> = [
        .president, .vicePresident, .king, .emir, .sultan, .crownPrince, .primeMinister, .deputyPrimeMinister,
        .foreignMinister, .deputyForeignMinister, .minister, .parliamentSpeaker,
    ]
    static let headsOfState: Set<PersonRole> = [.president, .king, .emir, .sultan]
    /// Offices a country has one holder of at a time.
    static let singleOffices: Set<PersonRole> = [
        .president, .vicePresident, .king, .emir, .sultan, .crownPrince, .primeMinister, .foreignMinister, .parliamentSpeaker,
    ]

    static func fill(_ persons: inout [PersonMention], issuers: [PartyCode], mentions: [PartyMention], document: Document) {
        let inferred = Set(persons.filter { $0.person.party == nil }.map(\.person.name))
        // One issuer: a one-side readout's unnamed officials are its own ("La ministre … Élise Garnier").
        // Only a principal covers its side: an aide or an envoy named in passing leaves its minister
        // unnamed, and so does someone of no office in the talks (a party leader recalled as a visitor).
        let uncovered = issuers.count == 1 ? issuers : issuers.filter { code in
            !persons.contains { $0.person.party == code && !PersonFinder.aides.contains($0.person.role) && $0.person.role != .other }
        }
        let uncoveredStates = inParallelOrder(uncovered.filter(isState), persons, mentions, document)
        var given: [String: PartyCode] = [:]
        var taken: [Bool: Int] = [:]
        for i in persons.indices where persons[i].person.party == nil {
            // "أمير البلاد X": the text's own country, left unnamed; any state the text names is another.
            if (persons[i].first..<persons[i].end).contains(where: { IssuerFinder.homeCountryWords.contains($0, in: document) }) { continue }
            let person = persons[i].person
            let forState = stateRoles.contains(person.role)
            let pool = forState ? uncoveredStates : uncovered
            if given[person.name] == nil {
                // Several uncovered issuers: in the order the article names them, to the officials in theirs.
                let n = taken[forState, default: 0]
                // "le ministre des Affaires étrangères X … son collègue le ministre des Affaires étrangères Y":
                // a second holder of a single office is the other side's.
                let second = singleOffices.contains(person.role) && persons.contains { other in
                    other.person.name != person.name && given[other.person.name] != nil && given[other.person.name] == pool.first
                        && (other.person.role == person.role || (headsOfState.contains(other.person.role) && headsOfState.contains(person.role)))
                }
                if pool.count == 1, second, forState, let free = firstFreeCountry(persons, mentions, document, also: Set(given.values)) {
                    given[person.name] = free
                } else if pool.count == 1 { given[person.name] = pool[0] }
                else if n < pool.count { given[person.name] = pool[n]; taken[forState] = n + 1 }
                else if forState, pool.isEmpty, let free = firstFreeCountry(persons, mentions, document, also: Set(given.values)) {
                    // "وزير الخارجية X" at a council's meeting: no state among the issuers; the first
                    // country the article names that no official speaks for.
                    given[person.name] = free
                }
            }
            persons[i].person.party = given[person.name]
        }
        separateCounterparts(&persons, inferred: inferred, mentions: mentions, document: document)
    }

    /// "China and Pakistan … between Foreign Minister X and Foreign Minister Y": when the
    /// sentence that first names a state's official without a country also names both states
    /// of two, the officials pair with them in that sentence's order; otherwise in the issuers'
    /// order. (An organisation's envoy is named with his organisation, not in a list; at a
    /// summit a sentence lists many states beside few officials.)
    static func inParallelOrder(_ pool: [PartyCode], _ persons: [PersonMention], _ mentions: [PartyMention],
                                _ document: Document) -> [PartyCode] {
        guard pool.count == 2, let first = persons.first(where: { $0.person.party == nil && stateRoles.contains($0.person.role) }),
              let sentence = document.sentences.first(where: { $0.tokens.contains(first.first) })?.tokens else { return pool }
        var named: [PartyCode] = []
        for m in mentions where sentence.contains(m.first) && !m.isPlace {
            // A dateline's capital names where the report was filed, not a side of the list.
            guard let code = m.code, pool.contains(code), !named.contains(code),
                  !(m.end - m.first == 1 && CityLexicon.shared.isCity(document.folded(m.first))) else { continue }
            named.append(code)
        }
        return named.count == 2 ? named : pool
    }

    private static func isState(_ code: PartyCode) -> Bool { code.isCountry && Organization.named(code) == nil }

    /// The first country the article names (not as a place) that no official speaks for.
    static func firstFreeCountry(_ persons: [PersonMention], _ mentions: [PartyMention], _ document: Document,
                                 also given: Set<PartyCode> = []) -> PartyCode? {
        let held = Set(persons.compactMap(\.person.party)).union(given)
        return mentions.first { m in
            guard let code = m.code, !m.isPlace, isState(code), !held.contains(code) else { return false }
            return !(m.end - m.first == 1 && CityLexicon.shared.isCity(document.folded(m.first)))
        }?.code
    }

    /// "تلقى رئيس الجمهورية X اتصالا من الرئيس الفرنسي Y": two holders of one office talk, and the
    /// issuer given to the one the text left without a country is the other's. Two presidents of
    /// one country (or a president and a king) in one statement are not to be believed: the inferred
    /// one speaks instead for the first country the article names that no official speaks for.
    static func separateCounterparts(_ persons: inout [PersonMention], inferred: Set<String>, mentions: [PartyMention], document: Document) {
        for i in persons.indices where inferred.contains(persons[i].person.name) {
            let person = persons[i].person
            func clash(_ other: Person) -> Bool {
                other.role == person.role || (headsOfState.contains(other.role) && headsOfState.contains(person.role))
            }
            guard persons.contains(where: { !inferred.contains($0.person.name) && $0.person.name != person.name
                                          && clash($0.person) && $0.person.party == person.party }) else { continue }
            if let code = firstFreeCountry(persons, mentions, document) {
                for k in persons.indices where persons[k].person.name == person.name { persons[k].person.party = code }
            }
        }
    }
}
