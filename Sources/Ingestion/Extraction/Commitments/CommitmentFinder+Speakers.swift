import Model
import TextAnalysis

extension CommitmentFinder {
    enum Subject {
        case speaker(Clause.Speaker, dual: Bool)
        /// "وشددت المملكة": the issuer that is a kingdom.
        case kingdom
        /// "he", "elle", "they": whoever spoke last.
        case pronoun
        /// "the ministers", "les dirigeants": all the issuers together.
        case plural
        /// A named official whose party the text has not said yet (the
        /// home side's minister in its own readout): the token where the
        /// mention starts, so that the party found later applies.
        case official(Int)

        /// Named parties or a named official: someone the text says spoke.
        var isNamedOne: Bool {
            switch self {
            case .speaker(.parties, _), .official: return true
            default: return false
            }
        }
    }

    /// Words for the body that speaks for a party: "قادة الأردن", "وزارة
    /// الخارجية الأردنية", "الجانب الصيني", "the leaders of", "le ministère … de".
    static let bodyWords = clauseWords("bodyWords")

    /// "two", "deux" of "The two agreed", "Les deux ont convenu": both sides.
    static let dualSubjects = clauseWords("dualSubjects")

    /// "بدوره", "من جانبه": the other side speaks now, in its turn.
    static let handoverWords = clauseWords("handoverWords")

    /// Who speaks in the clause: the subject after an Arabic verb
    /// ("وأكد البلدان", "أعادت باكستان التأكيد"), or before it ("الجانبين
    /// دعوا", "China and Pakistan agreed", "Wang stressed").
    func subject(of head: Hit, clauseStart: Int, sentence: Range<Int>, end: Int) -> Subject? {
        let sentenceStart = sentence.lowerBound
        // "، داعيا مجلس الأمن إلى": a participle agrees with the sentence's subject; what follows is its object.
        if head.cue.role == .participle || (head.reading.suffix == "ing" && document.language == .english) {
            // "Underlining that …, Çavuşoğlu said", "Abordant …, le Président … a salué": a participle
            // opening the sentence has its subject after the comma that closes its phrase.
            // (After a paragraph's number: "4. Reiterating …, the Prime Minister lauded".)
            if document.language != .arabic, document.wordCount(in: sentenceStart..<head.first) <= 1,
               let found = subjectAfterOpening(head, end: sentence.upperBound) { return found }
            // "ومن جانبه، توجه المنفي بالشكر … معبرا عن…": the first of its sentence follows the
            // sentence's own subject, named after its opening verb.
            if document.language == .arabic, clauseStart == sentenceStart, let found = openingSubject(sentenceStart..<head.first) {
                return found
            }
            if document.language != .arabic, let found = parentheticalSubject(head, sentence: sentence) { return found }
            return .pronoun
        }
        // "الوزراء يطالبون مجلس الأمن": a plural verb follows its subject; the body after it is addressed.
        if document.language == .arabic, head.cue.role == .verb, Self.pluralVerbEndings.contains(head.reading.suffix) {
            // "أدان الوزراء العدوان على لبنان، وأكدوا": after a comma the verb goes on with the clause
            // before it, whose last party is its object, not this verb's subject.
            let reach = max(sentenceStart, head.first - 6)
            let comma = (reach..<head.first).last { Self.commas.contains(document.tokens[$0].surface) }
            return namedSubjectLeft(of: head.first, limit: comma ?? reach)
        }
        if document.language == .arabic {
            var p = head.first + 1
            // (Not past "مع" inside a phrase cue: "اتخذ مع ملك الأردن قرارات" names a companion.)
            while p <= head.end, p < end, !Self.arabicWith.contains(p, in: document) {
                if let found = groupRight(from: p, end: end) { return found }
                if p == head.end { break }
                p += 1
            }
            if Self.dualEndings.contains(head.reading.suffix),
               let found = coordinatedOfficialsLeft(of: head.first, limit: max(clauseStart, head.first - 12)) { return found }
            // "قال الرئيس التركي …، السبت، إنه اتخذ…": "that he" stands for the one who said it.
            if head.first - 1 >= clauseStart, Self.complementPronouns.contains(head.first - 1, in: document),
               let found = namedSubjectLeft(of: head.first - 1, limit: max(sentenceStart, head.first - 15)) { return found }
            // "وقال السوداني …، مضيفا: “نرحب بأي خطوة…”": "we" in the sayer's quotation is the sayer's side.
            if head.stem.unicodeScalars.first == "ن",
               (sentenceStart..<head.first).contains(where: { Self.opensSpeech(document.tokens[$0].surface) }),
               let found = openingSubject(sentenceStart..<head.first) ?? openingSurname(sentenceStart..<head.first) {
                return found
            }
            // "مجلس السلم والأمن الإفريقي يدين": a long name ending right before the verb is its subject, whole.
            var reach = max(clauseStart, head.first - 3)
            if let m = mentionEnding[head.first], m.first >= clauseStart { reach = min(reach, m.first) }
            if let found = namedSubjectLeft(of: head.first, limit: reach) {
                // "أصدرت مصر والسعودية بيانا مشتركا أكدتا فيه": a feminine dual verb (states are feminine)
                // speaks for two, though the party nearest it is one of them.
                if head.reading.suffix == "تا", case let .speaker(.parties(codes), _) = found, codes.count == 1 {
                    return .speaker(.issuers, dual: true)
                }
                return found
            }
            // "وأضاف أن الصين تولى أهمية كبيرة للعلاقات مع المغرب وسوف تدعم…": the complement's own
            // subject goes on speaking through its later verbs.
            if let that = (max(clauseStart, head.first - 15)..<head.first).last(where: { Self.complementisers.contains($0, in: document) }),
               that + 1 < head.first, let m = mentionStarting[that + 1], let code = m.code, !m.isPlace {
                return .speaker(.parties([code]), dual: false)
            }
            return nil
        }
        // "Nous, chefs d'État … de A et de B, et présidents du Conseil européen …, décidons": the
        // appositive "we" opening the sentence speaks, not the last party its titles name.
        if clauseStart == sentenceStart, IssuerFinder.appositiveWe(opening: sentence, document) != nil { return .plural }
        let limit = max(sentenceStart, clauseStart == sentenceStart ? head.first - 25 : clauseStart)
        // "President A spoke today with President B of C to congratulate him": a purpose after a
        // companion is the subject's, named before "with", not the companion's.
        if document.language == .english, head.first - 1 > limit, Self.infinitiveMarkers.contains(head.first - 1, in: document),
           let with = (limit..<head.first - 1).first(where: { Self.companionWords.contains($0, in: document) }),
           let found = namedSubjectLeft(of: with, limit: limit) {
            return found
        }
        // "The two agreed on…", "Les deux ont convenu…": both sides, named by their number alone.
        if let k = [head.first - 1, head.first - 2].first(where: { $0 - 1 >= limit && Self.dualSubjects.contains($0, in: document) }),
           isDeterminerBeforeName(k - 1), k - 1 == sentenceStart || k - 1 == clauseStart {
            return .speaker(.issuers, dual: true)
        }
        if let reporter = reporterOfLongSubject(head, limit: limit, sentenceStart: sentenceStart, clauseIsSentence: clauseStart == sentenceStart) {
            return reporter
        }
        return namedSubjectLeft(of: head.first, limit: unnamedSubjectComma(before: head.first, limit: limit) ?? limit)
    }

    /// "Prime Minister Noda, expressing his gratitude, said that …": a participle set off by
    /// commas right after a named subject, and followed by that subject's verb of saying,
    /// belongs to that subject, not to the sentence before.
    func parentheticalSubject(_ head: Hit, sentence: Range<Int>) -> Subject? {
        let comma = head.first - 1
        guard comma > sentence.lowerBound, Self.commas.contains(document.tokens[comma].surface),
              let close = (head.end..<min(sentence.upperBound, head.end + Self.parentheticalWords)).first(where: {
                  Self.commas.contains(document.tokens[$0].surface)
              }),
              close + 1 < sentence.upperBound, Self.reportingVerbs.contains(close + 1, in: document) else { return nil }
        return namedSubjectLeft(of: comma, limit: max(sentence.lowerBound, comma - Self.parentheticalWords))
    }

    /// How many words a parenthetical participle's phrase, and the subject before it, may run to.
    static let parentheticalWords = 12

    /// The official an Arabic sentence names among its first words, before `range.upperBound`,
    /// without a preposition glued to it: the subject after the opening verb ("توجه المنفي"),
    /// not "لسعيد", its object. A party's name there may be the matter ("في اسطنبول (تركيا)").
    func openingSubject(_ range: Range<Int>) -> Subject? {
        var words = 0
        for k in range where document.tokens[k].kind == .word {
            words += 1
            if words > Self.openingSubjectWords { break }
            let prefix = document.analyses[k]?.readings.first?.prefix ?? ""
            if prefix.procliticsEnd(with: "ب") || prefix.procliticsEnd(with: "ل") { continue }
            if let person = personAt[k], person.first == k {
                return person.person.party.map { .speaker(.parties([$0]), dual: false) } ?? .official(person.first)
            }
            if let role = roleStarting[k], let party = role.party { return .speaker(.parties([party]), dual: false) }
        }
        return nil
    }

    /// Whether a title's head is a plural ("the presidents", "ministers", "وزراء").
    func hasPluralHead(_ role: RoleMention) -> Bool {
        (role.first..<role.end).contains { PersonWords.shared.plural.contains($0, in: document) }
    }

    /// Whether a title names one holder: no plural head ("ministers", "وزراء") and, in Arabic, no dual
    /// or plural ending ("الوزيران", "الوزيرين").
    func isSingularTitle(_ role: RoleMention) -> Bool {
        guard !hasPluralHead(role) else { return false }
        guard document.language == .arabic else { return true }
        let titles = RoleLexicon.of(document.language).matcher
        return titles.matches(at: role.first, in: document).first?.reading.suffix.isEmpty ?? true
    }

    /// The official an Arabic sentence names by surname alone among its first words ("وقال السوداني").
    func openingSurname(_ range: Range<Int>) -> Subject? {
        let words = range.lazy.filter { self.document.tokens[$0].kind == .word }.prefix(Self.openingSubjectWords)
        return words.lazy.compactMap { self.arabicNameWordParty($0, joined: false) }.first.map { .speaker(.parties([$0]), dual: false) }
    }

    /// How far into its sentence an opening verb's subject may stand ("ومن جانبه، توجه المنفي").
    static let openingSubjectWords = 5

    /// "Karimi said the presence of foreign troops in the region and the Turkish air strikes
    /// harm…": when the stance's subject is a long phrase after a verb of saying, a country
    /// inside it is a modifier (a matter), and the one who said it speaks. Nil when the phrase
    /// is short ("said China and Pakistan agreed"), names a person or title, or the sayer is unnamed.
    func reporterOfLongSubject(_ head: Hit, limit: Int, sentenceStart: Int, clauseIsSentence: Bool) -> Subject? {
        guard let verb = (max(sentenceStart, head.first - 40)..<head.first).last(where: { PersonWords.shared.speech.contains($0, in: document) }),
              verb >= limit || clauseIsSentence,
              document.wordCount(in: verb + 1..<head.first) > 8,
              !(verb + 1..<head.first).contains(where: { personAt[$0] != nil || roleStarting[$0] != nil }),
              case .speaker(.parties, _)? = namedSubjectLeft(of: head.first, limit: verb + 1) else { return nil }
        // The sayer stands right before the verb, though the phrase may have taken most of the window.
        switch namedSubjectLeft(of: verb, limit: max(sentenceStart, verb - 8)) {
        case let sayer? where sayer.isNamedOne: return sayer
        default: return nil
        }
    }

    /// "Au sujet des soldats retenus par la justice malienne, la rencontre a salué…": the comma
    /// before a subject the text does not name ("la rencontre", "the meeting", "la Conférence"), past which a
    /// party is an object inside the opening phrase, not the speaker.
    func unnamedSubjectComma(before head: Int, limit: Int) -> Int? {
        guard let comma = (limit..<head).last(where: { Self.commas.contains(document.tokens[$0].surface) }),
              comma + 1 < head, Self.articlesLatin.contains(comma + 1, in: document), head - comma <= 5 else { return nil }
        let named = (comma + 1..<head).contains { i in
            mentionStarting[i] != nil || personAt[i] != nil || roleStarting[i] != nil || mentionEnding[i + 1] != nil
                || Self.pronouns.contains(i, in: document) || Self.pluralPronouns.contains(i, in: document)
                || document.tokens[i].surface.startsUppercase && !IssuerFinder.links.meeting.contains(i, in: document)
        }
        return named ? nil : comma
    }

    /// The subject right after the comma that closes an opening participial phrase, if one is
    /// named there before `end` (the sentence's: the phrase may be a clause of its own).
    func subjectAfterOpening(_ head: Hit, end: Int) -> Subject? {
        guard let comma = (head.end..<min(end, head.end + 30)).first(where: { Self.commas.contains(document.tokens[$0].surface) }) else { return nil }
        var i = comma + 1
        while i < end, i < comma + 3, Self.determinersBeforeTitles.contains(i, in: document) { i += 1 }
        guard i < end else { return nil }
        var last: Int? = nil
        if let m = mentionStarting[i] { last = m.end }
        else if let p = personAt[i], p.first == i { last = p.end }
        else if let r = roleStarting[i] { last = r.end }
        else if document.tokens[i].surface.startsUppercase, nameWordParty[document.foldedKey(i)] != nil || namesWithoutParty[document.foldedKey(i)] != nil {
            last = i + 1
        }
        guard var stop = last else { return nil }
        // "Sall et Barrow", "the Secretary and the Minister": the whole group.
        while stop + 1 < end, Self.andEt.contains(stop, in: document) {
            var k = stop + 1
            while k < end, Self.determinersBeforeTitles.contains(k, in: document) { k += 1 }
            guard k < end else { break }
            if let m = mentionStarting[k] { stop = m.end } else if let p = personAt[k], p.first == k { stop = p.end }
            else if let r = roleStarting[k] { stop = r.end } else { break }
        }
        return namedSubjectLeft(of: stop, limit: comma)
    }

    static let openingQuotes: MarkSet = ["«", "“", "\"", "„"]

    /// (A `MarkSet`, not `== ":"`, which normalised an Arabic surface to compare it.)
    static let colon: MarkSet = [":"]

    /// Whether `surface` opens quoted speech: a colon or an opening quotation mark ("وأضاف: …", "وقال «…»").
    static func opensSpeech(_ surface: String) -> Bool { colon.contains(surface) || openingQuotes.contains(surface) }

    static let closingQuotes: MarkSet = ["»", "”", "\""]

    /// "« Nous allons doubler les échanges », a déclaré M. Belkacem", "\"We will…,\" the
    /// minister said": inside a quotation the speaker is the official named after it,
    /// and "we" is that official's side, not both. But "« Ils ont exprimé leur solidarité »,
    /// a écrit l'Elysée": what "they" did, one side only reports.
    func quotedSpeaker(_ head: Hit, _ range: Range<Int>) -> Subject? {
        guard document.language != .arabic, let (open, close, end) = quotation(of: range), head.first < close else { return nil }
        if (max(open + 1, head.first - 3)..<head.first).contains(where: {
            Self.pluralPronouns.contains($0, in: document) && !IssuerFinder.firstPersonWords.contains($0, in: document)
        }) { return nil }
        for i in (close + 1)..<min(end, close + 10) {
            // "…," he said', "…", it added': the official last named before it, or the last speaker.
            if i <= close + 6, Self.pronouns.contains(i, in: document) {
                guard Self.personPronouns.contains(i, in: document) else { return .pronoun }
                return officialNamedBefore(open).map { .speaker(.parties([$0]), dual: false) } ?? .pronoun
            }
            if let p = personAt[i], let code = p.person.party { return .speaker(.parties([code]), dual: false) }
            if let r = roleStarting[i], let code = r.party { return .speaker(.parties([code]), dual: false) }
            if let m = mentionStarting[i], let code = m.code { return .speaker(.parties([code]), dual: false) }
            if let code = partyOfNameWord(i) { return .speaker(.parties([code]), dual: false) }
        }
        return nil
    }

    /// The quotation `range` stands in: its opening mark (the sentence's first token,
    /// or a mark its paragraph left open before it), its closing mark, and where
    /// the paragraph ends, which its attribution stands before. A quotation of
    /// several sentences ("“We discussed … . I stress …,” the president said") is
    /// attributed once, after its last.
    func quotation(of range: Range<Int>) -> (open: Int, close: Int, end: Int)? {
        guard let first = range.first, let line = document.lines.first(where: { $0.tokens.contains(first) }) else { return nil }
        func isClosing(_ i: Int) -> Bool { Self.closingQuotes.contains(document.tokens[i].surface) }
        var open: Int? = nil
        if Self.openingQuotes.contains(document.tokens[first].surface) {
            open = first
        } else {
            for i in line.tokens.lowerBound..<first {
                if open == nil, Self.openingQuotes.contains(document.tokens[i].surface) { open = i } else if open != nil, isClosing(i) { open = nil }
            }
        }
        guard let open, let close = (max(open + 1, first)..<line.tokens.upperBound).first(where: isClosing) else { return nil }
        return (open, close, line.tokens.upperBound)
    }

    /// The party of the official named last in the 60 tokens before `index`, by name or surname.
    func officialNamedBefore(_ index: Int) -> PartyCode? {
        for i in stride(from: index - 1, through: max(0, index - 60), by: -1) {
            if let p = personEnding[i + 1], let code = p.person.party { return code }
            if let code = partyOfNameWord(i) { return code }
        }
        return nil
    }

    /// The party of an official whose name includes the capitalised word at `i` ("Wang said").
    func partyOfNameWord(_ i: Int) -> PartyCode? {
        guard document.tokens[i].surface.startsUppercase else { return nil }
        return nameWordParty[document.foldedKey(i)]
    }

    func isBodyWord(_ i: Int) -> Bool {
        guard let a = document.analyses[i] else { return false }
        return Self.bodyWords.contains(a.foldedKey) || a.stemKeys.contains { Self.bodyWords.contains($0) }
    }

    func groupRight(from start: Int, end: Int) -> Subject? {
        var codes: [PartyCode] = []
        var p = start
        // "قادة الأردن ومصر", "وزارة الخارجية الأردنية": skip the body's words.
        var skipped = 0
        if p < end, Self.arabicPronouns.contains(p, in: document) { return .pronoun }
        while p < end, skipped < 3, mentionStarting[p] == nil, roleStarting[p] == nil,
              isBodyWord(p) || Self.honorifics.contains(p, in: document) || Self.stateWords.contains(p, in: document) { p += 1; skipped += 1 }
        while p < end {
            if let m = mentionStarting[p] {
                if m.isKingdom, codes.isEmpty { return .kingdom }
                guard let code = m.code else {
                    // "المجلس الوزاري لمجلس التعاون": the council of a named party; "وزارة الخارجية
                    // المصرية", "الحكومة الأردنية": a state's body, its adjective glued to nothing.
                    var k = m.end
                    while k < end, k < m.end + 2, mentionStarting[k] == nil, isBodyWord(k) { k += 1 }
                    if !m.isDual, let next = mentionStarting[k], let c = next.code,
                       document.analyses[k]?.folded.hasPrefix("ل") == true || !m.isPlural && next.isAdjective && next.isUnattached {
                        return .speaker(.parties([c]), dual: false)
                    }
                    if codes.isEmpty, m.isPlural { return .plural }
                    return codes.isEmpty ? .speaker(.issuers, dual: m.isDual) : .speaker(.parties(unique(codes)), dual: false)
                }
                codes.append(code)
                p = m.end
            } else if let person = personAt[p], person.first == p {
                // "وأكد الصفدي": a surname the headline gave without a party, whose full name the text placed.
                guard let code = person.person.party ?? arabicNameWordParty(p, joined: false) else {
                    // "سلطان عمان هيثم بن طارق، والرئيس الإيراني …": two officials, both sides, though
                    // the first one's country is found only later.
                    if codes.isEmpty, joinsAnotherOfficial(after: person.end, end: end) { return .speaker(.issuers, dual: true) }
                    return codes.isEmpty ? .official(person.first) : .speaker(.issuers, dual: false)
                }
                codes.append(code)
                p = person.end
            } else if !codes.isEmpty, let role = roleStarting[p], let party = role.party {
                // "… ووزير الخارجية المصري": a second official by title alone.
                codes.append(party)
                p = role.end
            } else if !codes.isEmpty, let role = roleStarting[p], let (party, holderEnd) = bareTitleHolder(role, end: end) {
                // "وأكد الملك والرئيس السيسي": a second official by a bare title, before a surname
                // the text placed or as the one holder of that office the text names.
                codes.append(party)
                p = holderEnd
            } else if codes.isEmpty, let role = roleStarting[p], let party = role.party {
                // "وأكد ولي العهد السعودي ورئيس الوزراء الأردني": the first of officials joined by و.
                codes.append(party)
                p = role.end
            } else if codes.isEmpty, let role = roleStarting[p] {
                // "وأكد الوزير", "وشدد الناطق باسم الوزارة": a title standing for its holder.
                // (Not the next official joined by و after a bare title: "جلالة الملك والرئيس مبارك".)
                if let person = persons.first(where: { $0.first >= role.first && $0.first < role.end + 2
                                                       && !($0.first > role.first && roleStarting[$0.first] != nil) }) {
                    guard let party = person.person.party else { return .speaker(.issuers, dual: false) }
                    // "سلطان عمان هيثم بن طارق، والرئيس الإيراني …": the holder, and whoever is joined after.
                    codes.append(party)
                    p = max(person.end, role.end)
                } else if let party = knownHolders[role.role], isSingularTitle(role) {
                    // "وأكد جلالة الملك", "الملك والرئيس العراقي": the one holder of the office the text names
                    // (not "وزراء الخارجية", "الوزيران").
                    codes.append(party)
                    p = role.end
                } else {
                    return .speaker(.issuers, dual: false)
                }
            } else if codes.isEmpty, let a = document.analyses[p], namesWithoutParty[a.foldedKey] != nil, nameWordParty[a.foldedKey] == nil {
                // (Not the official: Arabic has no capitals to tell a name word from a common one.)
                return .speaker(.issuers, dual: joinsAnotherOfficial(after: p + 1, end: end))
            } else if let party = arabicNameWordParty(p, joined: !codes.isEmpty) {
                // "وأكد الحسني وبرغمان": officials by surname alone, the second glued to و, speak together.
                codes.append(party)
                p += 1
            } else {
                break
            }
            // "سلطان عمان هيثم بن طارق، والرئيس الإيراني …": the title's holder named after it,
            // then a comma before the next official joined by و.
            if p < end, let holder = personAt[p], holder.first == p, holder.person.party == nil || holder.person.party == codes.last { p = holder.end }
            if p + 1 < end, Self.commas.contains(document.tokens[p].surface), joinsAnotherOfficial(after: p, end: end) { p += 1 }
            // Chained by و: "الصين وباكستان", "دولة الكويت وجمهورية العراق".
            if p < document.tokens.count, Self.waw.contains(p, in: document) { p += 1; continue }
            if p + 1 < end, let a = document.analyses[p], a.bases.contains(where: { Self.stateWords.contains(WordKey($0.base)) && $0.prefix == "و" }),
               mentionStarting[p + 1]?.code != nil { p += 1; continue }
            if let next = mentionStarting[p], next.code != nil, document.folded(next.first).hasPrefix("و") { continue }
            if p < end, arabicNameWordParty(p, joined: true) != nil { continue }
            // "الرئيس الروسي … وولي العهد السعودي …": a second official joined by و.
            if p < end, document.folded(p).hasPrefix("و"), personAt[p]?.first == p || roleStarting[p] != nil { continue }
            break
        }
        return codes.isEmpty ? nil : .speaker(.parties(unique(codes)), dual: false)
    }

    /// The party of a bare title's holder ("الرئيس السيسي", "الملك") and where the
    /// mention ends: a surname right after the title whose official the text placed,
    /// or the one holder of a singular office the text names (`knownHolders`).
    func bareTitleHolder(_ role: RoleMention, end: Int) -> (PartyCode, Int)? {
        if role.end < end, let party = arabicNameWordParty(role.end, joined: false) { return (party, role.end + 1) }
        if isSingularTitle(role), let party = knownHolders[role.role] { return (party, role.end) }
        return nil
    }

    /// Whether another official is joined by و right after `index` (a comma may stand before it):
    /// by title, by name, or by a surname glued to و.
    func joinsAnotherOfficial(after index: Int, end: Int) -> Bool {
        var k = index
        if k < end, Self.commas.contains(document.tokens[k].surface) { k += 1 }
        // "وأكد الصفدي وفيدان": a surname glued to و counts when the text placed its official.
        return k < end && document.folded(k).hasPrefix("و")
            && (personAt[k]?.first == k || roleStarting[k] != nil || arabicNameWordParty(k, joined: true) != nil)
    }

    /// "أن العاهل السعودي ورئيس الوزراء العراقي، أكدا": officials joined by و before a verb in
    /// the dual, which speak together; nil unless two parties or more are named.
    func coordinatedOfficialsLeft(of head: Int, limit: Int) -> Subject? {
        // From the left: the first official of the chain names them all ("ولي" itself starts with و).
        for s in limit..<max(limit, head - 1) where roleStarting[s] != nil || personAt[s]?.first == s {
            guard case let .speaker(.parties(codes), _)? = groupRight(from: s, end: head), codes.count > 1 else { continue }
            return .speaker(.parties(codes), dual: false)
        }
        return nil
    }

    /// The nearest named speaker left of `index`, back to `limit`: parties
    /// joined by "and"/"و", a person by name or title, or "the two sides".
    func namedSubjectLeft(of index: Int, limit: Int) -> Subject? {
        var i = index
        while i > limit {
            if let m = mentionEnding[i], m.first >= limit, !precededByPreposition(m.first), !namesSummitsPlace(m) {
                if m.isKingdom { return .kingdom }
                guard m.code != nil else { return m.isPlural ? .plural : .speaker(.issuers, dual: m.isDual) }
                var codes: [PartyCode] = [m.code!]
                var start = m.first
                // "China and Pakistan", "Saudi Arabia, Egypt and Jordan", "الصين وباكستان".
                while start > limit {
                    var k = start
                    // "la Côte d'Ivoire et le Ghana": determiners sit between the names.
                    while k - 1 > limit, isDeterminerBeforeName(k - 1) { k -= 1 }
                    if k - 2 > limit, repeatsOf(k - 1) { k -= 1 }
                    if Self.namesJoiners.contains(k - 1, in: document) {
                        k -= 1
                        // "Japan, China, and South Korea": a serial comma before "and".
                        if k - 1 > limit, Self.andEt.contains(k, in: document), Self.commas.contains(document.tokens[k - 1].surface) { k -= 1 }
                    }
                    while k - 1 > limit, isDeterminerBeforeName(k - 1), mentionEnding[k] == nil { k -= 1 }
                    if let prev = mentionEnding[k], let code = prev.code, prev.first >= limit,
                       k < start || document.folded(start).hasPrefix("و") {
                        codes.insert(code, at: 0)
                        start = prev.first
                    } else {
                        break
                    }
                }
                // "le partenariat entre les Nations unies et l’Union africaine": a list
                // after a preposition is its object, whatever its last name stands after.
                if codes.count > 1, precededByPreposition(start) {
                    i = start
                    continue
                }
                // « les dangers qu'affrontent la Syrie et l'Irak, appelant… »: the inverted subject
                // of a relative clause, not the sentence's.
                if isInvertedRelativeSubject(start) {
                    i = start
                    continue
                }
                // "Ghana's Kofi Mensah, Togo's Yao Amegah and Benin's Paul Houngbo agreed": every listed official.
                if codes.count == 1, isPossessive(after: m), let earlier = listedSpeakers(before: start, limit: limit) {
                    codes = earlier + codes
                }
                return .speaker(.parties(unique(codes)), dual: false)
            }
            if let person = personEnding[i], person.first >= limit {
                if joinedToUnplacedName(person, end: i, limit: limit) { return .speaker(.issuers, dual: true) }
                if let code = person.person.party ?? person.nameWords.lazy.compactMap({ self.nameWordParty[WordKey($0)] }).first {
                    // "Malaysian Prime Minister Aziz Rahman and Indonesian President Budi Santoso agreed".
                    var codes = [code]
                    var k = person.first
                    if let demonym = mentionEnding[k], demonym.first >= limit { k = demonym.first }
                    // "Hu Jintao and his Russian counterpart Dmitry Medvedev agreed": both.
                    while k - 1 > limit {
                        if let demonym = mentionEnding[k], demonym.first >= limit, demonym.first < k {
                            k = demonym.first
                        } else if Self.counterpartPhrase.contains(k - 1, in: document) {
                            k -= 1
                        } else {
                            break
                        }
                    }
                    // "Ghana's Mensah, Togo's Amegah and Benin's Houngbo": every listed official.
                    if let earlier = listedSpeakers(before: withOwner(code, first: k, limit: limit).first, limit: limit) {
                        return .speaker(.parties((earlier + codes).uniqued()), dual: false)
                    }
                    // "le président X et le président Y ont réitéré": the article before the second title.
                    while k - 2 > limit, Self.determinersBeforeTitles.contains(k - 1, in: document),
                          Self.andEtWaw.contains(k - 2, in: document) || Self.determinersBeforeTitles.contains(k - 2, in: document) { k -= 1 }
                    if k - 1 > limit, Self.andEtWaw.contains(k - 1, in: document), let other = personEnding[k - 1], other.first >= limit {
                        // "Minister Kono and Minister Kang concurred": both, though one's country is said only later.
                        guard let c = other.person.party else { return .speaker(.issuers, dual: true) }
                        if c != code { codes.insert(c, at: 0) }
                        k = other.first
                    } else if k - 1 > limit, Self.andEt.contains(k - 1, in: document), let other = roleEnding[k - 1], other.first >= limit {
                        // "The Secretary and Foreign Minister Wulandari agreed": a bare title beside a named official.
                        guard let c = other.party else { return .speaker(.issuers, dual: true) }
                        if c != code { codes.insert(c, at: 0) }
                    } else if k - 2 > limit, Self.andEt.contains(k - 1, in: document), Self.commas.contains(document.tokens[k - 2].surface),
                              let other = personEnding[k - 2], other.first >= limit, let c = other.person.party {
                        // "The President of Kenya, William Ruto, and the President of Ghana, Nana Akufo-Addo, agreed":
                        // officials whose names commas set off.
                        if c != code { codes.insert(c, at: 0) }
                    } else if k - 2 > limit, Self.andEt.contains(k - 1, in: document), let other = surnameSpeaker(at: k - 2, limit: limit) {
                        // "Macky Sall et Adama Barrow ont exprimé": an official named before by title, now by name alone.
                        guard case let .speaker(.parties(c), _) = other else { return .speaker(.issuers, dual: true) }
                        codes = (c + codes).uniqued()
                    }
                    return .speaker(.parties(codes), dual: false)
                }
                // "MM. Lerouge et Amrani ont examiné", "le Président X et le Président Y ont réitéré": two officials,
                // both sides (an article before the second one's title).
                let k = startOfDeterminers(before: person.first, limit: limit)
                if k - 1 > limit, Self.andEtWaw.contains(k - 1, in: document), personEnding[k - 1] != nil {
                    return .speaker(.issuers, dual: true)
                }
                return .official(person.first)
            }
            if let role = roleEnding[i], role.first >= limit {
                // "The Secretary and the Foreign Minister agreed": both officials' sides.
                if let party = role.party {
                    // "the Vietnamese and Thai ministers", "Ghana's and Togo's presidents": every listed side.
                    if let earlier = listedSpeakers(before: withOwner(party, first: role.first, limit: limit).first, limit: limit) {
                        return .speaker(.parties((earlier + [party]).uniqued()), dual: false)
                    }
                    let k = startOfDeterminers(before: role.first, limit: limit)
                    if k - 1 > limit, Self.andEt.contains(k - 1, in: document), let other = roleEnding[k - 1], other.first >= limit {
                        // An unnamed title beside a named one is the home side: the issuer and its counterpart.
                        guard let otherParty = other.party else { return .speaker(.issuers, dual: true) }
                        return .speaker(.parties([otherParty, party].uniqued()), dual: false)
                    }
                    return .speaker(.parties([party]), dual: false)
                }
                if let holder = roleHolder[role.first] { return .official(holder) }
                // "The Prime Minister thanked…" where the lead names the office's known holder; not "the presidents".
                if let party = knownHolders[role.role], !hasPluralHead(role) {
                    return .speaker(.parties([party]), dual: false)
                }
                return .speaker(.issuers, dual: false)
            }
            // (Words asked by index, through their keys: this runs at every token of the walk.)
            if let found = surnameSpeaker(at: i - 1, limit: limit) { return found }
            if let found = gluedSurnames(endingAt: i - 1, limit: limit) { return found }
            if document.language != .arabic, Self.pluralPronouns.contains(i - 1, in: document) { return .speaker(.issuers, dual: true) }
            if document.language != .arabic, Self.pronouns.contains(i - 1, in: document) { return .pronoun }
            i -= 1
        }
        return nil
    }

    /// Where the determiners right before `index` start ("le" of "le Président", "the"), above
    /// `limit`; `index` itself when none stands there.
    func startOfDeterminers(before index: Int, limit: Int) -> Int {
        var k = index
        while k - 1 > limit, Self.determinersBeforeTitles.contains(k - 1, in: document) { k -= 1 }
        return k
    }

    /// Where the honorifics right before `k` start ("M.", "SEM", "Son Excellence
    /// Monsieur"); `k` itself when none stands there.
    func startOfHonorifics(before k: Int, limit: Int) -> Int {
        var start = k
        var moved = true
        while moved {
            moved = false
            // The longest first: "Son Excellence" rather than its "Excellence".
            for j in max(limit + 1, start - 4)..<max(limit + 1, start)
            where HonorificLexicon.shared.length(at: j, limit: start, in: document) == start - j {
                start = j
                moved = true
                break
            }
        }
        return start
    }

    /// An official named again by a name word alone ("Wang stressed", "Mr. Ban noted"),
    /// or two of them joined ("Pompeo and Kang reaffirmed"): both sides when
    /// their parties differ or one is not known yet.
    func surnameSpeaker(at index: Int, limit: Int) -> Subject? {
        func known(_ i: Int) -> Subject? {
            // The name tables before the capital: most words name nobody, and the capital's test reads Unicode properties.
            guard document.language != .arabic else { return nil }
            let key = document.foldedKey(i)
            let code = nameWordParty[key], official = namesWithoutParty[key]
            guard code != nil || official != nil, document.tokens[i].surface.startsUppercase else { return nil }
            if let code { return .speaker(.parties([code]), dual: false) }
            return official.map { Subject.official($0) }
        }
        guard let found = known(index) else { return nil }
        // "Alaoui et Mbae ont": joined to a name the text gave in another spelling, both sides.
        if index + 2 < document.tokens.count, Self.andEt.contains(index + 1, in: document), isUnplacedName(index + 2) {
            return .speaker(.issuers, dual: true)
        }
        // "Macky Sall et Adama Barrow": back over the name's other words to the conjunction.
        var start = index
        while start - 1 > limit, known(start - 1) != nil, !Self.andEt.contains(start - 1, in: document) { start -= 1 }
        // "M. Garba et M. Mahamat", "SEM … et SEM …": and back over the honorifics before the name.
        start = startOfHonorifics(before: start, limit: limit)
        if start - 2 >= limit, Self.andEt.contains(start - 1, in: document), known(start - 2) == nil, isUnplacedName(start - 2) {
            return .speaker(.issuers, dual: true)
        }
        guard start - 2 >= limit, Self.andEt.contains(start - 1, in: document), let other = known(start - 2) else { return found }
        if case let .speaker(.parties(a), _) = other, case let .speaker(.parties(b), _) = found {
            return .speaker(.parties((a + b).uniqued()), dual: false)
        }
        return .speaker(.issuers, dual: true)
    }

    /// The one party the previous clause named as its speaker, which an Arabic verb in the
    /// singular without a subject of its own continues; nil for other verbs and speakers, and
    /// after a word that hands over to the other side ("بدوره", "in his turn").
    func carriedSpeaker(_ head: Hit?, from start: Int, previous: Clause?) -> Clause.Speaker? {
        guard document.language == .arabic, let head, head.cue.role == .verb,
              !(start..<head.first).contains(where: { Self.handoverWords.contains($0, in: document) }),
              !Self.dualEndings.contains(head.reading.suffix), !Self.pluralVerbEndings.contains(head.reading.suffix),
              let previous, previous.speakerNamed, !previous.isBackground,
              case let .parties(codes) = previous.speaker, codes.count == 1 else { return nil }
        return previous.speaker
    }

    /// "وأكد الحسني وبرغمان مواصلة التنسيق": two Arabic surnames, the second glued to و, left of a
    /// head that is not their verb: both officials' sides.
    func gluedSurnames(endingAt k: Int, limit: Int) -> Subject? {
        guard document.language == .arabic, k - 1 >= limit, let second = arabicNameWordParty(k, joined: true),
              let first = arabicNameWordParty(k - 1, joined: false) else { return nil }
        return .speaker(.parties([first, second].uniqued()), dual: false)
    }

    /// The party of the official an Arabic name word at `p` names ("الحسني"); when `joined`,
    /// only a word glued to و after another speaker ("وبرغمان"), read without the و.
    func arabicNameWordParty(_ p: Int, joined: Bool) -> PartyCode? {
        guard let a = document.analyses[p] else { return nil }
        guard joined else { return nameWordParty[a.foldedKey] }
        guard a.folded.hasPrefix("و"), a.folded.count > 3 else { return nil }
        return nameWordParty[WordKey(String(a.folded.dropFirst()))]
    }

    /// "Alaoui et Mbae ont", "Lestari and Kaya agreed": an official joined
    /// by "and" to a surname the text gave in another spelling; both sides speak.
    func joinedToUnplacedName(_ person: PersonMention, end: Int, limit: Int) -> Bool {
        if end + 1 < document.tokens.count, Self.andEt.contains(end, in: document), isUnplacedName(end + 1) { return true }
        return person.first - 2 >= limit && Self.andEt.contains(person.first - 1, in: document) && personEnding[person.first - 1] == nil
            && isUnplacedName(person.first - 2)
    }

    /// A capitalised word that names no party, title or known official: the surname of an
    /// official the text introduced in a spelling the finders did not tie to this one.
    func isUnplacedName(_ i: Int) -> Bool {
        guard document.language != .arabic, document.tokens[i].kind == .word,
              document.tokens[i].surface.startsUppercase else { return false }
        let key = document.foldedKey(i)
        return mentionStarting[i] == nil && mentionEnding[i + 1] == nil && roleStarting[i] == nil && personAt[i] == nil
            && nameWordParty[key] == nil && namesWithoutParty[key] == nil
            && !Self.pronouns.contains(i, in: document) && !Self.pluralPronouns.contains(i, in: document)
    }

    /// "قمة تونس تدعو", "the Riyadh summit called", "le sommet de Dakar a appelé": a state named
    /// for the summit's place is no speaker; the summit speaks for its body.
    func namesSummitsPlace(_ m: PartyMention) -> Bool {
        guard m.code?.isCountry == true, Organization.named(m.code!) == nil else { return false }
        if m.end < document.tokens.count, document.language != .arabic, GatheringBodies.isGathering(m.end, document) { return true }
        var k = m.first - 1
        if k > 0, Self.ofLatin.contains(k, in: document) { k -= 1 }
        return k >= 0 && GatheringBodies.isGathering(k, document)
    }

    /// « qu'affrontent la Syrie et l'Irak »: French puts a relative clause's subject after its verb,
    /// which follows « que »; names there are that verb's subject.
    func isInvertedRelativeSubject(_ index: Int) -> Bool {
        guard document.language == .french else { return false }
        var k = index - 1
        while k > 0, isDeterminerBeforeName(k) { k -= 1 }
        guard k > 0, document.tokens[k].kind == .word else { return false }
        var q = k - 1
        if q > 0, Self.apostrophes.contains(document.tokens[q].surface) { q -= 1 }
        return Self.complementisers.contains(q, in: document)
    }

    func precededByPreposition(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        if document.language == .arabic { return Self.arabicPrepositions.contains(index - 1, in: document) }
        let before = document.tokens[index - 1]
        if before.surface == "à" { return true }
        var k = index - 1
        if document.tokens[k].surface == "'" || document.tokens[k].surface == "’", k > 0 { k -= 1 }
        if Self.articlesLatin.contains(k, in: document), k > 0 { k -= 1 }
        if document.tokens[k].surface == "'" || document.tokens[k].surface == "’", k > 0 { k -= 1 }
        guard Self.prepositionsLatin.contains(k, in: document) else { return false }
        if repeatsOf(k), let earlier = mentionEnding[k - 1], !precededByPreposition(earlier.first) { return false }
        // "the leaders of Egypt and Jordan agreed": "of" after the speaking body is no preposition.
        if Self.ofLatin.contains(k, in: document), k > 0, isBodyWord(k - 1) { return false }
        return true
    }

    /// "les ministres du Chili, du Pérou et de la Bolivie": French repeats the
    /// "of" of a list of names after each joiner; it joins the list, whose first
    /// name says whether the list is the subject or a preposition's object.
    func repeatsOf(_ k: Int) -> Bool {
        k > 0 && Self.ofLatin.contains(k, in: document) && Self.namesJoiners.contains(k - 1, in: document)
    }

    /// Whether a party's name is followed by "'s": it owns the official named after it.
    func isPossessive(after m: PartyMention) -> Bool {
        m.end + 1 < document.tokens.count && Self.apostrophes.contains(document.tokens[m.end].surface) && document.folded(m.end + 1) == "s"
    }

    func unique(_ codes: [PartyCode]) -> [PartyCode] {
        var seen: Set<PartyCode> = []
        return codes.filter { seen.insert($0).inserted }
    }

    /// Whether the head is an impersonal passive: "تم الاتفاق", "جرى التأكيد", "it was agreed",
    /// "il a été convenu" (the passive's auxiliary right before the head, the impersonal subject
    /// before it in English and French).
    func isImpersonalPassive(_ head: Hit, from start: Int) -> Bool {
        // The Arabic auxiliary may open the cue itself ("تم الاتفاق" is listed whole).
        if document.language == .arabic {
            return Self.passiveAuxiliaries.contains(head.first, in: document)
                || head.first - 1 >= start && Self.passiveAuxiliaries.contains(head.first - 1, in: document)
        }
        guard head.first - 1 >= start else { return false }
        guard Self.passiveAuxiliaries.contains(head.first - 1, in: document) else { return false }
        return (max(start, head.first - 3)..<(head.first - 1)).contains { Self.impersonalSubjects.contains($0, in: document) }
    }
}
