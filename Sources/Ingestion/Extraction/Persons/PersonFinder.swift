import Model
import TextAnalysis

/// Finds officials: a title ("وزير خارجية", "Foreign Minister",
/// "ministre des Affaires étrangères"), the party it belongs to (before,
/// inside or after the title), then the name as written.
/// "وزيري خارجية الصين وانج يي، وباكستان إسحاق دار" gives two persons.
enum PersonFinder {
    /// Words that end an Arabic name: prepositions, particles, verbs of saying.
    static let arabicStops = PersonWords.shared.lists.folded("arabic-stop")
    /// Words of a state's formal name before its proper name or adjective.
    static let stateWords = PersonWords.shared.lists.folded("arabic-state")
    /// Particles inside a Latin-script name ("bin Salman", "de Gaulle"): no name word of their own.
    static let latinParticles = PersonWords.shared.lists.written("particle")
    /// Titles written before a name ("الشيخ", "Sheikh", "Dr"), skipped at its start and not counted as its words.
    static let titleWords = PersonWords.shared.lists.written("name-title")
    /// Endings that make an Arabic title word an institution or an adjective ("المفوضية", "الرئيسية").
    static let arabicTitleEndings = PersonWords.shared.lists.foldedKeys("arabic-title-ending")
    /// Common first names that begin like an imperfect verb (ي…), which otherwise ends a name.
    static let namesLikeVerbs = PersonWords.shared.lists.folded("verb-like-name")

    /// "Emmanuel Macron de la République française", "Joe Biden of the United States":
    /// after a particle, a state's name or its formal word starts the state, not the name's next part.
    static func startsState(_ index: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>) -> Bool {
        partyAt[index] != nil || PersonWords.shared.state.contains(index, in: document) && !latinParticles.contains(index, in: document)
    }

    static func find(in document: Document, parties: [PartyMention]) -> (persons: [PersonMention], roles: [RoleMention]) {
        let roles = RoleLexicon.of(document.language)
        let selfAt = Set(parties.filter { $0.code == nil }.map(\.first))
        // By token in arrays (`TokenMap`): asked at nearly every token of every title's look-around.
        var partyAt = TokenMap<PartyMention>(tokens: document.tokens.count, capacity: parties.count)
        var partyEndingAt = TokenMap<PartyMention>(tokens: document.tokens.count, capacity: parties.count)
        for mention in parties where mention.code != nil {
            partyAt[mention.first] = mention
            partyEndingAt[mention.end] = mention
        }
        var result: [PersonMention] = []
        var roleMentions: [RoleMention] = []
        var lastRole: (end: Int, party: PartyCode?, role: PersonRole, after: Int)? = nil
        var unnamed: [(role: PersonRole, party: PartyCode, end: Int)] = []
        // The first self-reference at each token.
        var issuerRefs = TokenMap<PartyMention>(tokens: document.tokens.count)
        for mention in parties where mention.code == nil && issuerRefs[mention.first] == nil { issuerRefs[mention.first] = mention }
        for line in document.lines where line.kind != .boilerplate {
            // "Amir Receives Call From Qatari Amir": in a headline in title case every word looks like a name.
            if line.kind == .heading, isTitleCase(line.tokens, document) { continue }
            for match in roles.matcher.scan(line.tokens, in: document) {
                // A title inside a name already read ("الشيخ" of "الشيخ مشعل…") is part of that name.
                if let last = result.last, match.first < last.end, match.first >= last.first { continue }
                // "الملكي" of "صاحب السمو الملكي" is part of a form of address, not the title of a king.
                if insideHonorific(match.first, floor: line.tokens.lowerBound, document) { continue }
                // "المفوضية الإفريقية", "القضايا الرئيسية": an institution or an adjective, not an official.
                if document.language == .arabic, arabicTitleEndings.contains(WordKey(match.reading.suffix)) { continue }
                let title = roles.matcher.entries[match.entry].value
                var role = title.role
                var party: PartyCode? = title.party
                // "and his Moroccan counterpart Karim Bennani", "ونظيره الإسباني": the last title again.
                if title.isCounterpart {
                    guard let last = result.last else { continue }
                    // "M. Fabius et son homologue marocain": the official whose name stands right
                    // before, though another was introduced since.
                    role = (namedJustBefore(match.first, floor: line.tokens.lowerBound, result, document) ?? last).person.role
                }
                // A party inside the title: "ministre chinois des Affaires étrangères".
                for i in match.first..<match.end { if let p = partyAt[i], p.end <= match.end { party = p.code } }
                var p = match.end
                // The party came as "of X" after the title: a capitalised word next may still be X's name ("of the European Council").
                var viaOf = false
                // Right after it: "وزير خارجية الصين", "Foreign Minister of Pakistan", "الرئيس الصيني",
                // "وزير الخارجية في دولة الكويت", "وزير خارجية الجمهورية الإسلامية الإيرانية".
                var skip = p
                while skip < line.tokens.upperBound, skip < p + 3, partyAt[skip] == nil, stateWords.contains(skip, in: document) { skip += 1 }
                if party == nil, skip > p, let m = partyAt[skip] { party = m.code; p = m.end }
                // ("Foreign Minister Israel Katz": a country that is the name's first word is no complement.)
                let givenName = document.language != .arabic && isCountryAsGivenName(p, limit: line.tokens.upperBound, document, partyAt, roles)
                if party == nil, !givenName {
                    if let m = partyAt[p] { party = m.code; p = m.end }
                    else if document.language != .arabic, let m = ofParty(at: p, limit: line.tokens.upperBound, document, partyAt) {
                        party = m.code; p = m.end; viaOf = true
                    }
                } else if !givenName, let m = partyAt[p] { p = m.end }
                // "وزير الخارجية والهجرة وشؤون المصريين بالخارج بدر عبد العاطي": portfolios joined by و are the title's.
                if party == nil, document.language == .arabic, ministerial.contains(role) {
                    let portfolios = arabicPortfolios(from: p, limit: line.tokens.upperBound, document, partyAt, roles)
                    p = portfolios.end
                    party = portfolios.party
                }
                // "الأمين العام للجامعة عمرو الشناوي", "الأمين العام لمجلس التعاون": the body the title belongs to.
                if document.language == .arabic, p < line.tokens.upperBound,
                   let prefix = document.analyses[p]?.bases.last?.prefix, prefix.arabicStarts(with: "ل") {
                    if let m = partyAt[p] { party = party ?? m.code; p = m.end }
                    else if let ref = issuerRefs[p] { p = ref.end }
                }
                // "وزيري خارجية البلدين، المصري سامح الدمرداش والسوداني عثمان الطيب النور":
                // a plural title, then its holders one by one, each after an adjective of nationality.
                if party == nil, document.language == .arabic {
                    var k = p
                    if let ref = issuerRefs[k] { k = ref.end }
                    else if k < line.tokens.upperBound, document.folded(k) == "الدول" || document.folded(k) == "البلدان" { k += 1; if k < line.tokens.upperBound, document.tokens[k].kind == .word, partyAt[k] == nil { k += 1 } }
                    if k > p {
                        var listed = false
                        while k < line.tokens.upperBound {
                            while k < line.tokens.upperBound, listMarks.contains(document.tokens[k].surface) { k += 1 }
                            guard k < line.tokens.upperBound, let m = partyAt[k],
                                  let (s2, e2) = name(from: m.end, limit: line.tokens.upperBound, document, partyAt, selfAt, roles) else { break }
                            result.append(mention(role, m.code, k, s2, e2, document))
                            listed = true
                            k = e2
                        }
                        if listed {
                            roleMentions.append(RoleMention(first: match.first, end: p, role: role, party: nil))
                            continue
                        }
                    }
                }
                // Before it: "Chinese Foreign Minister", "China's Foreign Minister".
                if party == nil {
                    var q = match.first
                    while q > line.tokens.lowerBound, possessiveArticles.contains(q - 1, in: document) { q -= 1 }
                    if let m = partyEndingAt[q] { party = m.code }
                    else if document.language != .arabic, let m = partyBeforeBody(q, floor: line.tokens.lowerBound, document, partyEndingAt) { party = m.code }
                    // "the Iranian foreign minister's senior advisor": the adviser of an official serves the same country.
                    else if q < match.first, let last = lastRole, last.end == q { party = last.party }
                }
                // "وزراء الخارجية العرب", "Gulf foreign ministers": the organisation whose members they are.
                if party == nil {
                    let after = p < line.tokens.upperBound ? GatheringBodies.body(at: p, document) : nil
                    party = after ?? (match.first > line.tokens.lowerBound ? GatheringBodies.body(at: match.first - 1, document) : nil)
                }
                // "Deputy Prime Minister and Foreign Minister Ishaq Dar": the first title's party. Only
                // across "and": in "the Secretary congratulated Vice Foreign Minister X" the titles are two people.
                if party == nil, let last = lastRole, last.end + 1 == match.first, titleJoiners.contains(last.end, in: document) {
                    party = last.party
                }
                // "الناطق الرسمي باسم الوزارة السفير عامر الخوالدة": "ambassador" is an honorific
                // after another title; the person is the spokesperson.
                // ("والسفير الأمريكي", "and Ambassador": joined by a conjunction, another person.)
                let joined = match.reading.prefix.arabicStarts(with: "و") || (match.first > 0 && conjunctions.contains(match.first - 1, in: document))
                if role == .ambassador, !joined, let last = lastRole, match.first - last.end <= 3, last.end <= match.first {
                    role = last.role
                    if party == nil { party = last.party }
                }
                // "Aide to the Russian President X", "conseiller du président Y", "مستشار الرئيس": the aide's
                // post is the person's; the head's title only says whose aide.
                if let last = lastRole, aides.contains(last.role), last.role != role, last.end <= match.first, match.first - last.end <= 5,
                   servedBy(last.end, title: match.first, document, partyAt) {
                    role = last.role
                }
                // "ولي العهد السعودي رئيس مجلس الوزراء الأمير …": titles in a row, one holder; the post that matters.
                if document.language == .arabic, !joined, let last = lastRole, last.after == match.first {
                    if last.role.outranks(role) { role = last.role }
                    if party == nil { party = last.party }
                    // "خوان بيريز نائب رئيس الوزراء وزير الخارجية": the holder named before the first title takes the post that matters.
                    if let named = result.last, named.end == last.after, role.outranks(named.person.role) {
                        result[result.count - 1].person.role = role
                    }
                }
                lastRole = (match.end, party, role, p)
                roleMentions.append(RoleMention(first: match.first, end: p, role: role, party: party))
                // "الوزيرين ناقشا…": a dual title without its list refers back; no name follows it.
                if document.language == .arabic, ["ان", "ين"].contains(match.reading.suffix) { continue }

                var found0 = name(from: p, limit: line.tokens.upperBound, document, partyAt, selfAt, roles)
                // "سليم حداد وزير الخارجية التشيلي، وخوان بيريز وزير الخارجية البيروفي": a name after a comma and
                // و, with its own title after it, opens the next official's entry; this title's holder came before.
                if document.language == .arabic, let (s0, e0) = found0, opensNextEntry(s0, e0, after: p, document, roles) { found0 = nil }
                if document.language != .arabic {
                    let limit = line.tokens.upperBound
                    // "(DFAE)", "(UNHCR)": the body's acronym between the title and the name.
                    if p + 2 < limit, document.tokens[p].surface == "(", document.tokens[p + 2].surface == ")" {
                        p += 3
                        found0 = name(from: p, limit: limit, document, partyAt, selfAt, roles)
                    }
                    var (complementEnd, complementParty) = complement(from: p, limit: limit, document, partyAt, roles)
                    if party == nil { party = complementParty }
                    // "le ministre d'État, ministre des Affaires étrangères, … Ahmed X", "Vice President, Prime Minister
                    // and Ruler of …": one holder of several posts, named after the last.
                    if found0 == nil || !(p < limit && !listMarks.contains(document.tokens[p].surface)),
                       let chain = titleChain(after: max(complementEnd, p), of: role, limit: limit, document, partyAt, roles) {
                        if chain.role.outranks(role) { role = chain.role }
                        if party == nil { party = chain.party }
                        p = chain.end
                        complementEnd = chain.end
                        found0 = name(from: p, limit: limit, document, partyAt, selfAt, roles)
                    }
                    let adjacent = p < limit && !listMarks.contains(document.tokens[p].surface) ? found0 : nil
                    let before = nameBeforeComma(match.first, floor: max(line.tokens.lowerBound, result.last?.end ?? 0),
                                                 document, partyAt, partyEndingAt, roles)
                    // "son homologue marocain X Y, ministre des Affaires étrangères": the office of the person just named.
                    if before == nil, found0 == nil || viaOf, let last = result.last, last.end > line.tokens.lowerBound,
                       let again = nameBeforeComma(match.first, floor: line.tokens.lowerBound, document, partyAt, partyEndingAt, roles),
                       again.1 == last.end, again.0 >= last.first {
                        if Self.sharpens(role, last.person.role) { result[result.count - 1].person.role = role }
                        if last.person.party == nil { result[result.count - 1].person.party = party }
                        result[result.count - 1].end = max(complementEnd, p)
                        lastRole = (match.end, party, role, p)
                        continue
                    }
                    if let adjacent, before == nil || !viaOf {
                        found0 = adjacent
                    } else if let before {
                        // "Mr Yukio Sato, Prime Minister of Japan, Mr …": the name set off before the title is its holder's.
                        result.append(mention(role, party, before.0, before.0, before.1, document))
                        result[result.count - 1].end = max(complementEnd, p)
                        lastRole = (match.end, party, role, p)
                        continue
                    } else {
                        found0 = name(from: complementEnd, limit: limit, document, partyAt, selfAt, roles)
                            ?? nameClosing(complementEnd, after: p, document)
                    }
                }
                // "رئيس المجلس الرئاسي الجديد محمد …": the body a title heads stands between it and the name.
                if found0 == nil, document.language == .arabic {
                    var k = p
                    let limit = line.tokens.upperBound
                    var bodyParty: PartyCode? = nil
                    while k < limit, k < p + 3, document.tokens[k].kind == .word, document.folded(k).unicodeScalars.starts(with: "ال".unicodeScalars) {
                        if let m = partyAt[k] { bodyParty = m.code; k = m.end; break }
                        if arabicStops.contains(k, in: document) || !roles.matcher.matches(at: k, in: document).isEmpty
                            || HonorificLexicon.shared.length(at: k, limit: limit, in: document) > 0 { break }
                        k += 1
                    }
                    if k > p, let n = name(from: k, limit: limit, document, partyAt, selfAt, roles), n.1 - n.0 >= 2 {
                        found0 = n
                        if party == nil { party = bodyParty }
                    }
                }
                guard let (nameStart, nameEnd) = found0 else {
                    // "من معالي أوزان كايا وزير الخارجية التركي": an honorific, the name, then the title.
                    if document.language == .arabic, let (s0, e0) = nameBefore(match.first, floor: line.tokens.lowerBound, document, partyAt, roles) {
                        result.append(apposedMention(role, party, (s0, e0), titleEnd: p, document))
                        continue
                    }
                    if let apposed = arabicNameBeforeComma(match.first, floor: max(line.tokens.lowerBound, result.last?.end ?? 0), document, partyAt, roles) {
                        result.append(apposedMention(role, party, apposed, titleEnd: p, document))
                        continue
                    }
                    // "leurs ministres de l'Agriculture, l'Ivoirien Koffi N'Guessan et le Ghanéen Kwame Asante":
                    // a plural title, then its holders, each named after a demonym.
                    if document.language != .arabic {
                        let pair = issuerPair(before: match.first, document, parties)
                        let listed = listedHolders(after: p, limit: line.tokens.upperBound, role: role, pair: pair, document, partyAt, selfAt, roles)
                        result += listed
                        // "the foreign minister of Turkey said …": a placed title whose holder is named later.
                        if listed.isEmpty, let party, !["ان", "ين"].contains(match.reading.suffix) { unnamed.append((role, party, match.end)) }
                    }
                    continue
                }
                // "الأمير عبدالرحمن بن خالد وزير الخارجية": an honorific, then the name, then the office.
                var k0 = nameEnd
                var mentionEnd = nameEnd
                while k0 < line.tokens.upperBound, commas.contains(document.tokens[k0].surface) || document.tokens[k0].surface == "-" { k0 += 1 }
                // A title behind و ("…محمد بن سلمان والرئيس المصري…") is the next official's, not this one's office.
                if let office = roles.matcher.matches(at: k0, in: document).first, office.reading.prefix.isEmpty || document.language != .arabic,
                   [.emir, .king, .other].contains(role) || (party == nil && document.language == .arabic) {
                    // "الرئيس X رئيس الجمهورية الفرنسية": the office after the name gives its country.
                    var q = office.end
                    while q < line.tokens.upperBound, q < office.end + 3, partyAt[q] == nil, stateWords.contains(q, in: document) { q += 1 }
                    if [.emir, .king, .other].contains(role) {
                        role = roles.matcher.entries[office.entry].value.role
                        mentionEnd = office.end
                    }
                    if let m = partyAt[q], m.code != nil { party = m.code; mentionEnd = m.end }
                }
                if party == nil, document.language != .arabic, let m = ofParty(at: nameEnd, limit: line.tokens.upperBound, document, partyAt) {
                    party = m.code
                    mentionEnd = m.end
                }
                var found = mention(role, party, match.first, nameStart, nameEnd, document)
                found.partyIsTitles = title.party != nil && party == title.party
                // The office read here is this person's: it heads no name of its own ("وزير الخارجية اتصالا هاتفيا").
                found.end = mentionEnd
                result.append(found)
                if document.language != .arabic, (match.first..<match.end).contains(where: { PersonWords.shared.plural.contains($0, in: document) }) {
                    // "les présidents Macky X et Adama Y": the holders of a plural title, in the order the two sides were named.
                    var k = nameEnd
                    while k < line.tokens.upperBound, commas.contains(document.tokens[k].surface) { k += 1 }
                    if k < line.tokens.upperBound, conjunctions.contains(k, in: document) {
                        let pair = party == nil ? issuerPair(before: match.first, document, parties) : []
                        if !pair.isEmpty { result[result.count - 1].person.party = pair[0] }
                        // "Les chefs d'État haïtien, Michel X et dominicain, Danilo Y": each holder after his adjective.
                        let adjective = partyAt[k + 1]
                        let from = adjective?.end ?? k + 1
                        if let (s2, e2) = name(from: from, limit: line.tokens.upperBound, document, partyAt, selfAt, roles) {
                            result.append(mention(role, adjective?.code ?? (pair.count == 2 ? pair[1] : party), k + 1, s2, e2, document))
                        }
                    }
                    continue
                }
                // "وزيري خارجية الصين وانج يي، وباكستان إسحاق دار": a second person of the same title.
                var k = nameEnd
                while k < line.tokens.upperBound, commas.contains(document.tokens[k].surface) { k += 1 }
                if k < line.tokens.upperBound, let m = partyAt[k], document.language == .arabic,
                   document.analyses[k]?.folded.arabicStarts(with: "و") == true,
                   let (s2, e2) = name(from: m.end, limit: line.tokens.upperBound, document, partyAt, selfAt, roles) {
                    result.append(mention(role, m.code, k, s2, e2, document))
                }
            }
        }
        namedLater(unnamed, &result, document, partyAt, roles)
        // (The bare title's own mention follows its holder's party too: it stands for the holder.)
        for first in resolveRepeats(&result) {
            for i in roleMentions.indices where roleMentions[i].first == first {
                roleMentions[i].party = result.first { $0.first == first }?.person.party
            }
        }
        // Every mention stays, so that a later "Secretary Reyes welcomed" finds its speaker
        // where it stands; the extraction lists each person once.
        return (result, roleMentions)
    }

    /// Whether a full name's nasab names `words` as the father ("الحسين بن عبدالله الثاني"):
    /// then they are another person ("الملك عبدالله الثاني"), not this one by surname.
    static func namesFather(_ full: [String], _ words: [String]) -> Bool {
        guard let first = words.first, let k = full.firstIndex(of: first), k > 0 else { return false }
        return nasab.contains(full[k - 1])
    }

    /// "Secretary Reyes", "Wulandari", "الرئيس السيسي": a mention by surname (with or
    /// without a title) is the official named in full elsewhere, not another person.
    /// What either mention knows (the party, a precise role) is kept.
    /// Returns where the mentions start whose title's own party yielded to the fuller title's.
    static func resolveRepeats(_ result: inout [PersonMention]) -> [Int] {
        var yielded: [Int] = []
        for i in result.indices {
            let words = result[i].nameWords
            guard !words.isEmpty else { continue }
            let fuller = result.filter {
                $0.nameWords.count > words.count && words.allSatisfy($0.nameWords.contains) && !namesFather($0.nameWords, words)
            }
            // Two officials who share the surname: the text does not say which.
            guard let full = fuller.first, fuller.allSatisfy({ $0.person.name == full.person.name }) else { continue }
            // "Secretary Videgaray" after "Secretary of Foreign Affairs … Luis Videgaray Caso": the party a
            // bare title bears by itself (the US Secretary's) yields to the person's fuller title and its party, or none.
            if result[i].partyIsTitles, full.person.party != result[i].person.party {
                result[i].person.party = full.person.party
                result[i].partyIsTitles = false
                yielded.append(result[i].first)
            }
            let short = result[i].person
            for k in result.indices where result[k].person.name == full.person.name || k == i {
                var person = result[k].person
                person.name = full.person.name
                if person.party == nil { person.party = full.person.party ?? short.party }
                if person.role == .other { person.role = full.person.role == .other ? short.role : full.person.role }
                result[k].person = person
                result[k].nameWords = full.nameWords
            }
        }
        // "Le conseiller fédéral X …, chef du Département des affaires étrangères X": one person named as a
        // minister and as the minister of a department holds the precise post, and the party any mention gives.
        // (Heads of state are left alone: "Amir X" may be a name, "the President and King X" two persons.)
        // By `WordKey`: a `Dictionary` keyed by the name normalised each Arabic name at every look-up.
        var best = WordTable<(role: PersonRole, party: PartyCode?)>()
        let names = result.map { WordKey($0.person.name) }
        for (mention, name) in zip(result, names) {
            let person = mention.person
            best.update(name, default: (person.role, person.party)) { known in
                known = (Self.sharpens(person.role, known.role) ? person.role : known.role, known.party ?? person.party)
            }
        }
        for i in result.indices {
            guard let known = best[names[i]] else { continue }
            result[i].person.role = known.role
            if result[i].person.party == nil { result[i].person.party = known.party }
        }
        return yielded
    }

    static let listMarks: MarkSet = [",", "،", ":"]
    static let commas: MarkSet = [",", "،"]
    static let listOpeners: MarkSet = [",", ":"]
    /// Between the holders listed after a plural title: ", ", ":", "and", "et".
    static let listJoiners = PersonWords.shared.lists.written("list-joiner")
    /// The word between two titles one person holds ("Deputy Prime Minister and Foreign Minister").
    static let titleJoiners = PersonWords.shared.lists.written("title-joiner")
    /// "and", "et": before a plural title's second holder, a second title, a complement's next part (clause-words.txt's andEt).
    static let conjunctions = CommitmentFinder.andEt
    /// "and", "et" or a comma after a capitalised word: a list of names goes on.
    static let listGoesOn = PersonWords.shared.lists.written("list-and")
    /// Lower-case words inside the name of the body a title belongs to: "Minister of Foreign Affairs and Trade".
    static let bodyConnectors = PersonWords.shared.lists.written("body-connector")
    /// "of", "de", "du", "des", "d'" before the party a title's complement names (clause-words.txt's ofLatin).
    static let ofWords = CommitmentFinder.ofLatin
    /// The possessive and the articles before a title ("Egypt's", "the", "le"), stepped over back to its party.
    static let possessiveArticles = PersonWords.shared.lists.written("possessive-article")
    /// Words inside an Arabic name's lineage: "محمد بن سلمان", "عبد الله".
    static let nasab = PersonWords.shared.lists.written("nasab")
    static let nameJoiners: MarkSet = ["-", "'", "’"]
    /// علي, the given name that folds like the preposition على: a name only as written with ي.
    static let ali = PersonWords.shared.lists.written("ali")
    /// Articles and possessives between the holders listed after a plural title.
    private static let determiners = PersonWords.shared.lists.written("holder-determiner")

    private static func listedHolders(after start: Int, limit: Int, role: PersonRole, pair: [PartyCode], _ document: Document,
                                      _ partyAt: TokenMap<PartyMention>, _ selfAt: Set<Int>, _ roles: RoleLexicon) -> [PersonMention] {
        var k = start
        // The title's complement: "de l'Agriculture", "of Agriculture", "des deux pays".
        var skipped = 0
        var ofBoth = false
        while k < limit, skipped < 7, !listOpeners.contains(document.tokens[k].surface) {
            if selfAt.contains(k) { ofBoth = true }
            k += 1; skipped += 1
        }
        guard k < limit, listOpeners.contains(document.tokens[k].surface) else { return [] }
        var found: [PersonMention] = []
        while k < limit {
            while k < limit, listJoiners.contains(k, in: document) || determiners.contains(k, in: document) { k += 1 }
            if k < limit, let m = partyAt[k], let (s, e) = name(from: m.end, limit: limit, document, partyAt, selfAt, roles) {
                found.append(mention(role, m.code, k, s, e, document))
                k = e
            } else if ofBoth, found.count < 2, k < limit, partyAt[k] == nil,
                      let (s, e) = name(from: k, limit: limit, document, partyAt, selfAt, roles) {
                // "les Premiers ministres des deux pays, Nadir Belkacem et Sami Jelassi": the holders
                // follow the order in which the two countries were named.
                found.append(mention(role, found.count < pair.count ? pair[found.count] : nil, k, s, e, document))
                k = e
            } else {
                break
            }
        }
        return found
    }

    /// The first two countries the article names before `index` ("L'Algérie et la Tunisie
    /// ont…"), in their order: the two sides of a title "of the two countries". Cities are
    /// skipped (a dateline, "TUNIS, 11 mars", or a venue names no side), and so are organisations.
    static func issuerPair(before index: Int, _ document: Document, _ parties: [PartyMention]) -> [PartyCode] {
        var codes: [PartyCode] = []
        for m in parties where m.end <= index && !m.isPlace {
            guard let code = m.code, code.isCountry, Organization.named(code) == nil, !codes.contains(code) else { continue }
            if m.end - m.first == 1, CityLexicon.shared.isCity(document.folded(m.first)) { continue }
            codes.append(code)
            if codes.count == 2 { break }
        }
        return codes.count == 2 ? codes : []
    }

    /// Whether a Latin line capitalises (nearly) every longer word, as English headlines do.
    static func isTitleCase(_ tokens: Range<Int>, _ document: Document) -> Bool {
        guard document.language != .arabic else { return false }
        var long = 0, capitalised = 0
        for i in tokens where document.tokens[i].kind == .word && document.tokens[i].surface.unicodeScalars.count >= 4 {
            long += 1
            if document.tokens[i].surface.startsUppercase { capitalised += 1 }
        }
        return long >= 4 && capitalised * 10 >= long * 9
    }

    /// "Director General for Political Affairs Claire X led…": a complement in capitals runs into the
    /// name. When nothing follows it, its last two capitalised words (of three or more) are the name.
    static func nameClosing(_ end: Int, after start: Int, _ document: Document) -> (Int, Int)? {
        var k = end
        while k > start, document.tokens[k - 1].kind == .word, document.tokens[k - 1].surface.startsUppercase { k -= 1 }
        guard end - k >= 3, end >= 2 else { return nil }
        return (end - 2, end)
    }

    /// "The foreign minister of Turkey said on Tuesday … "…," Mevlut X said": one placed title the
    /// text never names, and later a full name (two capitalised words or more) right before a verb of
    /// saying, that no title introduced: that name is the title's holder. Only with one such title.
    static func namedLater(_ unnamed: [(role: PersonRole, party: PartyCode, end: Int)], _ result: inout [PersonMention],
                           _ document: Document, _ partyAt: TokenMap<PartyMention>, _ roles: RoleLexicon) {
        guard unnamed.count == 1, let title = unnamed.first, document.language != .arabic,
              !result.contains(where: { $0.person.role == title.role && $0.person.party == title.party }) else { return }
        let words = PersonWords.shared
        var k = title.end
        while k < document.tokens.count {
            guard words.speech.contains(k, in: document) else { k += 1; continue }
            var j = k
            while j > title.end, document.tokens[j - 1].kind == .word, document.tokens[j - 1].surface.startsUppercase
                    || latinParticles.contains(j - 1, in: document) || (nameJoiners.contains(document.tokens[j - 1].surface) && document.tokens[j - 1].attached) {
                if partyAt[j - 1] != nil || words.stop.contains(j - 1, in: document) || !roles.matcher.matches(at: j - 1, in: document).isEmpty
                    || HonorificLexicon.shared.length(at: j - 1, limit: k, in: document) > 0 { break }
                j -= 1
            }
            let names = (j..<k).filter { document.tokens[$0].kind == .word && !latinParticles.contains($0, in: document) }
            if names.count >= 2, names.count <= 5, !result.contains(where: { $0.first <= j && j < $0.end }) {
                result.append(mention(title.role, title.party, j, j, k, document))
                return
            }
            k += 1
        }
    }

    /// "Israeli Ministry of Foreign Affairs Director General X": the party before the body a title
    /// belongs to, over at most six capitalised words and their connectors.
    static func partyBeforeBody(_ titleStart: Int, floor: Int, _ document: Document, _ partyEndingAt: TokenMap<PartyMention>) -> PartyMention? {
        var q = titleStart
        guard q - 1 >= floor, document.tokens[q - 1].surface.startsUppercase else { return nil }
        while q > floor, titleStart - q < 6 {
            if let m = partyEndingAt[q], m.code != nil { return q < titleStart ? m : nil }
            let token = document.tokens[q - 1]
            guard token.kind == .word, token.surface.startsUppercase || bodyConnectors.contains(q - 1, in: document) else { return nil }
            q -= 1
        }
        return nil
    }

    /// Whether `precise` names more exactly the post a mention as `vague` left general ("minister").
    static func sharpens(_ precise: PersonRole, _ vague: PersonRole) -> Bool {
        [.minister, .other].contains(vague) && [.foreignMinister, .deputyForeignMinister, .primeMinister, .deputyPrimeMinister].contains(precise)
    }

    /// Posts held beside another official ("adviser to the President").
    /// The official one of whose name words stands among the few words before `index`
    /// ("M. Fabius et son homologue"), the nearest first.
    static func namedJustBefore(_ index: Int, floor: Int, _ persons: [PersonMention], _ document: Document) -> PersonMention? {
        var k = index - 1
        while k >= max(floor, index - 4) {
            let word = document.folded(k)
            if document.tokens[k].kind == .word, let person = persons.last(where: { $0.nameWords.contains(word) }) { return person }
            k -= 1
        }
        return nil
    }

    static let aides: Set<PersonRole> = [.seniorOfficial, .specialEnvoy]
    /// The words between an aide's title and the title of the official served.
    static let aideLinks = PersonWords.shared.lists.written("aide-link")

    /// Whether only "to the", "du", "de la" and a demonym stand between an aide's title and the
    /// title of the official served ("Aide to the Russian President").
    static func servedBy(_ start: Int, title: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>) -> Bool {
        var k = start
        while k < title {
            if let m = partyAt[k], m.end <= title { k = m.end } else if aideLinks.contains(k, in: document) { k += 1 } else { return false }
        }
        return true
    }

    /// Heads of state by their own titles: no one holds two of them.
    static let headsOfState: Set<PersonRole> = [.president, .king, .emir, .sultan, .crownPrince]

    /// Titles that are also given names ("Hossein Amir X", "Sultan"): inside a name they are the name.
    static let nameLikeRoles: Set<PersonRole> = [.emir, .king, .sultan, .other]

    /// Further titles of the same holder after a title and its complement: ", ministre des Affaires
    /// étrangères", "and Foreign Minister", ", Prime Minister and Ruler of Dubai". The most telling
    /// of their roles, the party one of them names, and where the last one ends.
    /// "The President and King X", "le Président et l'Émir": two heads of state of
    /// different titles joined by "and" are two persons, not one holder's posts.
    static func titleChain(after start: Int, of first: PersonRole, limit: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>,
                           _ roles: RoleLexicon) -> (role: PersonRole, party: PartyCode?, end: Int)? {
        var k = start
        var best: (role: PersonRole, party: PartyCode?, end: Int)? = nil
        var previous = first
        while k + 1 < limit, best.map({ $0.end }) ?? start == k {
            var next = k
            if commas.contains(document.tokens[next].surface) { next += 1 }
            let joined = next < limit && conjunctions.contains(next, in: document)
            if joined { next += 1 }
            guard next > k, next < limit, let title = roles.matcher.matches(at: next, in: document).first else { break }
            let value = roles.matcher.entries[title.entry].value
            guard !value.isCounterpart else { break }
            if joined, value.role != previous, headsOfState.contains(value.role), headsOfState.contains(previous) { break }
            previous = value.role
            var party = value.party ?? partyAt[title.end].flatMap(\.code)
            var end = partyAt[title.end].map(\.end) ?? title.end
            if party == nil, let m = ofParty(at: end, limit: limit, document, partyAt) { party = m.code; end = m.end }
            let (complementEnd, complementParty) = complement(from: end, limit: limit, document, partyAt, roles)
            end = max(end, complementEnd)
            let role = best.map { value.role.outranks($0.role) ? value.role : $0.role } ?? value.role
            best = (role, best?.party ?? party ?? complementParty, end)
            k = end
        }
        return best
    }

    /// Whether the title word at `index` lies inside a form of address that
    /// begins before it ("الملكي" of "صاحب السمو الملكي").
    static func insideHonorific(_ index: Int, floor: Int, _ document: Document) -> Bool {
        guard HonorificLexicon.shared.mayContinue(index, in: document) else { return false }
        for j in max(floor, index - 3)..<index where j + HonorificLexicon.shared.length(at: j, limit: index + 1, in: document) > index {
            return true
        }
        return false
    }

    /// The party of "of Jordan", "of the Kingdom of Bahrain", "de la République de Guinée" at `index`.
    static func ofParty(at index: Int, limit: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>) -> PartyMention? {
        guard index < limit, ofWords.contains(index, in: document) else { return nil }
        var k = index + 1
        while k < limit, k < index + 7, partyAt[k] == nil, PersonWords.shared.state.contains(k, in: document) { k += 1 }
        guard k < limit, let m = partyAt[k], m.code != nil else { return nil }
        return m
    }

    /// A title's complement, "of Economy, Trade and Industry of Japan", "des Affaires étrangères, de la
    /// Coopération africaine et des Marocains résidant à l'étranger": where it ends, and the party it
    /// names after "of" or "de". It opens with a connector, capitalised words and their adjectives
    /// follow, and a comma continues it only before another connector (or "Trade and").
    static func complement(from start: Int, limit: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>, _ roles: RoleLexicon) -> (end: Int, party: PartyCode?) {
        let words = PersonWords.shared
        var k = start
        var end = start
        var party: PartyCode? = nil
        var linked = false
        var afterCapital = false
        var lowerRun = 0
        // "de la Défense Jean Morel a dit": three capitals in a row end in a name, which no French adjective follows.
        var capitalRun = 0
        // "des Marocains résidant à l'étranger": a French participle may follow a people named in it.
        var afterPeople = false
        // "and"/"et" open it only before another connector: "et de la Communauté…", not "et Adama Y".
        func opens(_ i: Int) -> Bool {
            guard i < limit, words.connector.contains(i, in: document) else { return false }
            return !conjunctions.contains(i, in: document) || (i + 1 < limit && (opens(i + 1) || isArticle(i + 1)))
        }
        func isArticle(_ i: Int) -> Bool { document.language == .french && words.article.contains(i, in: document) }
        // "Minister for Foreign Affairs and International Cooperation": "and" before a capitalised word goes on too.
        let andCapital = start + 1 < limit && conjunctions.contains(start, in: document)
            && document.tokens[start + 1].surface.startsUppercase
        guard opens(start) || andCapital || (start + 1 < limit && commas.contains(document.tokens[start].surface) && opens(start + 1)) else { return (start, nil) }
        while k < limit, k < start + 18 {
            let token = document.tokens[k]
            if token.kind == .punctuation {
                let listed = k + 2 < limit && document.tokens[k + 1].surface.startsUppercase && listGoesOn.contains(k + 2, in: document)
                if commas.contains(token.surface), opens(k + 1) || (afterCapital && listed) { k += 1; linked = true; afterCapital = false; continue }
                if ["'", "’", "-"].contains(token.surface) { k += 1; linked = true; continue }
                // "(DFAE)": the body's acronym.
                if token.surface == "(", k + 2 < limit, document.tokens[k + 2].surface == ")" { k += 3; end = k; continue }
                break
            }
            if k > start, HonorificLexicon.shared.length(at: k, limit: limit, in: document) > 0 || !roles.matcher.matches(at: k, in: document).isEmpty { break }
            if let m = partyAt[k], let code = m.code {
                var q = k - 1
                while q > start, words.state.contains(q, in: document), !ofWords.contains(q, in: document) { q -= 1 }
                // "of Japan", "de la République de Guinée", "Affaires étrangères", and a French adjective of
                // nationality, written in lower case: "au ministère nigérian des Affaires étrangères".
                let adjective = document.language == .french && document.tokens[k].surface.first?.isLowercase == true
                if ofWords.contains(q, in: document) || afterCapital || adjective { party = party ?? code }
                // A country closes the complement unless a connector goes on: "for Syria Geir X", "of the EU for Foreign Affairs".
                k = m.end; end = k; linked = false; afterCapital = false
                afterPeople = document.language == .french && document.tokens[m.first].surface.startsUppercase
                continue
            }
            // "Jean Morel a déclaré": the verb "a" folds like the connector "à".
            if words.connector.contains(k, in: document) && token.surface != "a" || words.state.contains(k, in: document) || linked && isArticle(k) {
                // "d'État", "of the Republic": a capitalised state word is part of the complement's text.
                if token.surface.startsUppercase { end = k + 1 }
                linked = true; afterCapital = false; lowerRun = 0; capitalRun = 0; k += 1
                continue
            }
            let capital = token.surface.startsUppercase
            // French adjectives follow their noun ("Affaires étrangères"); English ones precede it, in lower
            // case after a connector ("senior advisor for special political affairs"), never after a capital.
            let lowerOK = document.language == .french ? (linked || afterCapital && capitalRun < 3 || afterPeople) : (linked || lowerRun > 0) && lowerRun < 3
            afterPeople = false
            guard capital ? (linked || afterCapital) : lowerOK else { break }
            end = k + 1
            afterCapital = capital
            capitalRun = capital ? capitalRun + 1 : 0
            lowerRun = capital ? 0 : lowerRun + 1
            linked = false
            k += 1
        }
        return (end, party)
    }

    /// Titles whose ministry may join further portfolios to its name.
    static let ministerial: Set<PersonRole> = [.foreignMinister, .deputyForeignMinister, .minister]
    static let portfolioHeads = PersonWords.shared.lists.folded("portfolio-head")

    /// The portfolios an Arabic ministry's title joins with و, each with the words that complete it
    /// ("والهجرة", "وشؤون المصريين بالخارج", "والتعاون الدولي"), and the party one of them names
    /// ("المصريين"). The first must be no party nor title: "وزير الخارجية والسفير" are two people.
    static func arabicPortfolios(from start: Int, limit: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>,
                                 _ roles: RoleLexicon) -> (end: Int, party: PartyCode?) {
        var k = start
        var party: PartyCode? = nil
        func isTitle(_ i: Int) -> Bool { !roles.matcher.matches(at: i, in: document).isEmpty }
        while k < limit, document.tokens[k].kind == .word {
            let folded = document.folded(k)
            let joined = folded.arabicStarts(with: "وال")
                || folded.arabicStarts(with: "و") && document.analyses[k]?.bases.dropFirst().contains(where: { portfolioHeads.contains(WordKey($0.base)) }) == true
            guard joined, !isTitle(k), k > start || partyAt[k] == nil else { break }
            if let m = partyAt[k] { party = party ?? m.code; k = m.end } else { k += 1 }
            // Its complement: "المصريين بالخارج", "الدولي".
            while k < limit, document.tokens[k].kind == .word, !isTitle(k) {
                let word = document.folded(k)
                guard word.arabicStarts(with: "ال") || word.arabicStarts(with: "بال") || word.arabicStarts(with: "لل") else { break }
                if let m = partyAt[k] { party = party ?? m.code; k = m.end } else { k += 1 }
            }
        }
        return (k, party)
    }

    /// The name set off by a comma before a title: "Mr Yukio Sato, Prime Minister of Japan",
    /// "Karim Haddad, the Algerian Foreign Minister". Two words at least, none of them a
    /// party, a title or a sentence opener ("On Monday, the minister…"); honorifics dropped.
    static func nameBeforeComma(_ titleStart: Int, floor: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>,
                                _ partyEndingAt: TokenMap<PartyMention>, _ roles: RoleLexicon) -> (Int, Int)? {
        var q = titleStart
        if let m = partyEndingAt[q], m.code != nil { q = m.first }
        // "Amina X, Nigeria's Foreign Minister": the possessive, then the country.
        else if q - 2 > floor, document.folded(q - 1) == "s", ["'", "’"].contains(document.tokens[q - 2].surface),
                let m = partyEndingAt[q - 2], m.code != nil { q = m.first }
        while q > floor, possessiveArticles.contains(q - 1, in: document), document.folded(q - 1) != "s" { q -= 1 }
        // "signé de Pierre X Y ministre camerounais des Relations extérieures": French sets off a lower-case title without a comma.
        let bare = document.language == .french && document.tokens[titleStart].surface.first?.isLowercase == true && q == titleStart
            && q > floor && document.tokens[q - 1].kind == .word
        let comma = bare ? q : q - 1
        guard comma > floor, bare || commas.contains(document.tokens[comma].surface) else { return nil }
        var j = comma - 1
        while j >= floor {
            let token = document.tokens[j]
            if token.kind == .word, token.surface.startsUppercase {
                if partyAt[j] != nil || PersonWords.shared.stop.contains(j, in: document) || !roles.matcher.matches(at: j, in: document).isEmpty { break }
            } else if token.kind == .word, latinParticles.contains(j, in: document) {
            } else if token.kind == .word, token.attached, j > floor, nameJoiners.contains(document.tokens[j - 1].surface), document.tokens[j - 1].attached {
                // "Min-ji", "Ki-moon", "Isma'ila": the lower-case part of a joined name.
            } else if token.kind == .punctuation, token.attached, nameJoiners.contains(token.surface)
                        || (token.surface == "." && j > floor && document.tokens[j - 1].kind == .word && document.tokens[j - 1].surface.unicodeScalars.count <= 2) {
                // "Joseph R.", "Mr.", "Al-Sabah": an initial, an abbreviation, a hyphenated name.
            } else {
                break
            }
            j -= 1
            if comma - j > 12 { return nil }
        }
        // "à New York, le ministre": a name after a preposition of place is the place.
        if j >= floor, PersonWords.shared.place.contains(j, in: document) { return nil }
        var start = HonorificLexicon.shared.skip(from: j + 1, limit: comma, in: document)
        while start < comma, document.tokens[start].kind != .word || !document.tokens[start].surface.startsUppercase { start += 1 }
        let names = (start..<comma).filter { document.tokens[$0].kind == .word && !latinParticles.contains($0, in: document) }
        guard names.count >= 2, document.tokens[start].kind == .word, document.tokens[start].surface.startsUppercase else { return nil }
        return (start, comma)
    }

    /// Honorifics that open a name placed before its title: "معالي أوزان كايا وزير الخارجية".
    static let honorifics = PersonWords.shared.lists.folded("name-honorific")

    /// The name between an honorific and the title at `titleStart`, as in
    /// "تلقى … اتصالا من معالي أوزان كايا وزير الخارجية التركي". Without the
    /// honorific, the words before a title are no name we can trust.
    private static func nameBefore(_ titleStart: Int, floor: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>, _ roles: RoleLexicon) -> (Int, Int)? {
        var k = titleStart - 1
        var words = 0
        while k >= floor, words < 5, document.tokens[k].kind == .word {
            if honorifics.contains(k, in: document) || (document.analyses[k]?.bases.contains { honorifics.contains(WordKey($0.base)) } ?? false) {
                return words > 0 ? (k + 1, titleStart) : nil
            }
            if arabicStops.contains(k, in: document) || partyAt[k] != nil || !roles.matcher.matches(at: k, in: document).isEmpty { return nil }
            words += 1
            k -= 1
        }
        // "…، وخوان بيريز وزير الخارجية": a list's comma and و open the name as an honorific would.
        if words >= 2, k >= floor, commas.contains(document.tokens[k].surface), document.folded(k + 1).arabicStarts(with: "و") {
            return (k + 1, titleStart)
        }
        return nil
    }

    /// Whether the name at `start..<end`, found after the title ending at `titleEnd`, is set off
    /// by a comma, opens with و and has a title of its own right after it: the next entry of a
    /// list of officials, each named before his title.
    static func opensNextEntry(_ start: Int, _ end: Int, after titleEnd: Int, _ document: Document, _ roles: RoleLexicon) -> Bool {
        guard start > titleEnd, (titleEnd..<start).contains(where: { commas.contains(document.tokens[$0].surface) }),
              document.folded(start).arabicStarts(with: "و"), end < document.tokens.count else { return false }
        return !roles.matcher.matches(at: end, in: document).isEmpty
    }

    /// A middle initial ("Donald J. Trump", "George W. Bush"): no word of the name as
    /// others write it ("Donald Trump"), so left out of the words names are compared by.
    static func isInitial(_ folded: String) -> Bool {
        folded.unicodeScalars.count == 1 && folded.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } == true
    }

    static func mention(_ role: PersonRole, _ party: PartyCode?, _ first: Int, _ nameStart: Int, _ nameEnd: Int, _ document: Document) -> PersonMention {
        var nameStart = nameStart
        // "ولي العهد السعودي الأمير محمد بن سلمان": the honorific is no part of the name.
        while nameStart + 1 < nameEnd, document.tokens[nameStart].kind == .word, titleWords.contains(nameStart, in: document) { nameStart += 1 }
        let bare = HonorificLexicon.shared.skip(from: nameStart, limit: nameEnd - 1, in: document)
        if bare < nameEnd, document.tokens[bare].kind == .word { nameStart = bare }
        // "Anna Whitfield MP": the letters after the name are no part of it.
        var spelledEnd = nameEnd
        while spelledEnd - 1 > nameStart, PersonWords.shared.postNominal.contains(document.tokens[spelledEnd - 1].surface) { spelledEnd -= 1 }
        let name = document.cleanText(document.tokens[nameStart].start, document.tokens[spelledEnd - 1].end)
        // (Tested by index, through each word's key: a Set<String> hashes a folded word by normalising it.)
        let words = (nameStart..<spelledEnd).filter {
            document.tokens[$0].kind == .word && !titleWords.contains($0, in: document) && !latinParticles.contains($0, in: document)
        }.map { document.folded($0) }.filter { !isInitial($0) }
        return PersonMention(person: Person(name: name, role: role, party: party), first: first, end: nameEnd, nameWords: words)
    }

    /// The name starting at token `start`: capitalised words in Latin
    /// script, words up to a stop word or punctuation in Arabic.
    private static func name(from start: Int, limit: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>, _ selfAt: Set<Int>, _ roles: RoleLexicon) -> (Int, Int)? {
        var i = start
        while i < limit, listMarks.contains(document.tokens[i].surface) { i += 1 }
        // "His Excellency Dr.", "صاحب السمو الملكي الأمير", "السيد/": forms of address, not the name.
        i = HonorificLexicon.shared.skip(from: i, limit: limit, in: document)
        if i < limit, document.tokens[i].surface == "/" { i += 1 }
        let first = i
        var words = 0
        if document.language == .arabic {
            // "محمد بن سلمان بن عبد العزيز آل سعود": a lineage runs on past four words.
            while i < limit, words < 4 || (words < 8 && (i - 2...i).contains { $0 >= first && nasab.contains($0, in: document) }),
                  document.tokens[i].kind == .word {
                let folded = document.folded(i)
                // علي (Ali) folds like على (on): the written ending tells them apart.
                let isAli = ali.contains(i, in: document) && document.tokens[i].surface.unicodeScalars.last == "\u{064A}"
                // An honorific opens a name ("نظيره الكويتي الشيخ مشعل…"); any other title ends it.
                let isTitle = words == 0 && titleWords.contains(i, in: document)
                // "عبدالله آل الشيخ": the word after آل names the family, whatever else it means.
                let isFamily = words > 0 && document.tokens[i - 1].surface == "آل"
                // "محمد شياع السوداني": a nisba that completes a known official's name is his surname.
                if partyAt[i] != nil, words >= 2, KnownOfficials.shared.names((first...i).map { document.folded($0) }) {
                    words += 1
                    i += 1
                    break
                }
                if (arabicStops.contains(i, in: document) && !isAli)
                    || partyAt[i] != nil && !(words == 0 && isCountryAsGivenName(i, limit: limit, document, partyAt, roles))
                    || (!isTitle && !isFamily && !isGivenName(i, words: words, limit: limit, document, partyAt)
                        && !roles.matcher.matches(at: i, in: document).isEmpty) { break }
                // "ونظيره", "وبحضور": a stop word behind a conjunction or preposition.
                // (Bases and stems asked by key here and below: a `Set<String>` normalises Arabic to hash it.)
                if document.analyses[i]?.bases.dropFirst().contains(where: { arabicStops.contains(WordKey($0.base)) }) == true { break }
                // "لضمان تعزيز التنسيق": an action's noun (تعزيز، تنسيق) is no name.
                if let a = document.analyses[i], a.stemKeys.contains(where: CueLexicon.arabic.actionStems.contains) { break }
                // "شي … مباحثات", "… كل التوفيق": a noun that follows a name.
                if PersonWords.shared.nameEnd.contains(i, in: document)
                    || document.analyses[i]?.bases.dropFirst().contains(where: { PersonWords.shared.nameEnd.contains(WordKey($0.base)) }) == true { break }
                // Names take no preposition: "حسين الموسوي للبلاد", nor begin with one: "وزير الدولة للشؤون
                // السياسية" is a title's complement ("للا", the Moroccan princesses' honorific, is no preposition).
                if words > 0 || folded != "للا",
                   folded.arabicStarts(with: "لل") || folded.arabicStarts(with: "بال") || folded.arabicStarts(with: "كال") || folded.arabicStarts(with: "فال") { break }
                // A common noun of the lexicons ends a name: "عبد الفتاح السيسي الوفد".
                if words > 0, folded.arabicStarts(with: "ال") || folded.arabicStarts(with: "وال"),
                   document.analyses[i].map({ a in a.stemKeys.contains { CommitmentFinder.bodyWords.contains($0) } }) ?? false
                    || !CueLexicon.arabic.matcher.matches(at: i, in: document).isEmpty
                    || !TopicClassifier.arabic.matcher.matches(at: i, in: document).isEmpty { break }
                if words == 0, folded.arabicStarts(with: "ال"), !titleWords.contains(i, in: document) { break }
                // "وأكد وزير الدولة للشؤون الخارجية دعم دولة قطر": a stance word after the title is its object, no name.
                if words == 0, CueLexicon.arabic.matcher.matches(at: i, in: document).contains(where: { CueLexicon.arabic.matcher.entries[$0.entry].value.type != nil }) { break }
                // An accusative ending (اتصالاً) or an imperfect verb (يتلقى) is no name.
                if document.tokens[i].surface.unicodeScalars.contains("\u{064B}") { break }
                // (Scalars, not String.hasPrefix and count: asked at every word of every Arabic name.)
                if folded.unicodeScalars.first == "ي", folded.unicodeScalars.count >= 4, !namesLikeVerbs.contains(i, in: document) { break }
                // "… دعا إلى": a verb of saying or a stance after a full name is the sentence going on.
                if words >= 2, CueLexicon.arabic.matcher.matches(at: i, in: document).contains(where: { CueLexicon.arabic.matcher.entries[$0.entry].value.type != nil }) { break }
                words += 1
                i += 1
            }
        } else {
            while i < limit, words < 6 {
                let token = document.tokens[i]
                if token.kind == .word, let c = token.surface.unicodeScalars.first, c.properties.isUppercase {
                    if partyAt[i] != nil, words == 0, !isCountryAsGivenName(i, limit: limit, document, partyAt, roles) { return nil }
                    // "l'ambassadeur de la République du Cabo Verde": a state's formal word is no given name.
                    if words == 0, partyAt[i] == nil, startsState(i, document, partyAt) { return nil }
                    // "Dmitry X Monday": a weekday, a month or a sentence opener is no part of a name,
                    // but "Jean-Luc Le Goff" goes on past a capitalised particle.
                    if PersonWords.shared.stop.contains(i, in: document),
                       words == 0 || !latinParticles.contains(i, in: document) || i + 1 >= limit
                        || document.tokens[i + 1].surface.unicodeScalars.first?.properties.isUppercase != true { break }
                    // ", Prime Minister and …": another title where the name would start.
                    if words == 0, roles.matcher.matches(at: i, in: document).contains(where: { !Self.nameLikeRoles.contains(roles.matcher.entries[$0.entry].value.role) }) { return nil }
                    // "Vyalar Ravi Minister for …": another title ends the name.
                    if words > 0, roles.matcher.matches(at: i, in: document).contains(where: { !Self.nameLikeRoles.contains(roles.matcher.entries[$0.entry].value.role) }) { break }
                    // "Al-Ahmad Al-Jaber Al-Sabah", "Van Rompuy": particles do not count as names.
                    if !latinParticles.contains(i, in: document) { words += 1 }
                    i += 1
                    // An initial: "George H. W. Bush", "Joseph R. Biden", "S. M. Krishna".
                    if token.surface.unicodeScalars.count == 1, i + 1 < limit, document.tokens[i].surface == ".",
                       document.tokens[i].attached, document.tokens[i + 1].surface.unicodeScalars.first?.properties.isUppercase == true {
                        i += 1
                    }
                } else if token.kind == .word, words > 0, latinParticles.contains(i, in: document),
                          i + 1 < limit, document.tokens[i + 1].surface.startsUppercase, !startsState(i + 1, document, partyAt) {
                    i += 1
                } else if token.kind == .word, words > 0, latinParticles.contains(i, in: document), i + 2 < limit,
                          latinParticles.contains(i + 1, in: document), document.tokens[i + 2].surface.startsUppercase,
                          !startsState(i + 2, document, partyAt) {
                    // "Pieter van der Berg", "Ursula von der Leyen": particles in a row.
                    i += 2
                } else if token.kind == .word, words > 0, latinParticles.contains(i, in: document), i + 2 < limit,
                          document.tokens[i + 1].surface == "-", document.tokens[i + 1].attached, document.tokens[i + 2].attached,
                          document.tokens[i + 2].surface.startsUppercase {
                    // "Hadi al-Rubaie", "Abdel Fattah el-Sisi": the particle is joined by a hyphen.
                    i += 2
                } else if token.kind == .punctuation, words > 0, nameJoiners.contains(token.surface), token.attached,
                          i + 1 < limit, document.tokens[i + 1].attached, document.tokens[i + 1].kind == .word,
                          document.tokens[i + 1].surface.startsUppercase || token.surface == "-" {
                    // "Mlambo-Ngcuka", "Ki-moon": a hyphen joins the parts of one name.
                    if !document.tokens[i + 1].surface.startsUppercase { i += 2; continue }
                    i += 1
                } else {
                    break
                }
            }
        }
        guard words > 0 else { return nil }
        // Names are followed by punctuation, a verb or a preposition, not by a
        // country: "وزير الخارجية حرص المملكة" holds no name.
        // (A coordinated one, "والسوداني عثمان…", starts the next holder of a plural title.)
        if document.language == .arabic, i < limit, document.tokens[i].kind == .word, partyAt[i] != nil || selfAt.contains(i),
           document.analyses[i]?.folded.arabicStarts(with: "و") != true { return nil }
        return (first, i)
    }
}
