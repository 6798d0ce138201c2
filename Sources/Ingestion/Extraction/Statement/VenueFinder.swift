import Model

/// Finds where the statement was made: a city after "في", "in", "à", "held
/// in", or an opening dateline ("BEIJING, Jan 5 –", "الرياض - "), reported
/// by its English name. The next round's city is not the venue.
enum VenueFinder {
    /// `venue-words.txt`, read once: its word classes by name.
    static let wordLists = WordLists("venue-words.txt")

    /// Words before a city that make it a place: "في", "in", "at", "à", "visited".
    static let locatives = VenueFinder.wordLists.folded("locative")
    /// "in", "en", "au", "في": prepositions that place a meeting in a country ("a summit in Saudi Arabia").
    static let countryLocatives = VenueFinder.wordLists.folded("country-locative")
    /// "or", "ou", "soit", "أو": a city offered as one of several ("in Doha or Cairo").
    static let alternatives = VenueFinder.wordLists.folded("alternative")
    /// How far from a city an alternative's word may stand: "soit à Doha", "Doha, or".
    static let alternativeReach = 2
    /// "to", "إلى": a destination, the meeting's place only beside a meeting word ("a visit to Beijing").
    static let destinations = VenueFinder.wordLists.folded("destination")
    /// A capital or city word before a city: "the Qatari capital Doha", "العاصمة القطرية الدوحة".
    static let capitalWords = VenueFinder.wordLists.folded("capital")
    /// في after a dateline's city ("الدوحة في 4 مارس"), and as the prefix of a city's reading.
    static let fi = VenueFinder.wordLists.written("fi")
    static let datelineMarks: MarkSet = ["-", "–", "—", ",", "(", "،", ":"]
    /// "كان … قد", "had met in", "avait": the auxiliaries of a past before the statement.
    static let pluperfectMarks = VenueFinder.wordLists.written("pluperfect")
    /// Words that place a city in the future ("the next round in Islamabad").
    static let futureWords = VenueFinder.wordLists.writtenKeys("future")
    /// An office's or a mission's words before a city: its seat, not the meeting's place.
    static let seatWords = VenueFinder.wordLists.folded("seat")
    /// How far before a city a seat's word may stand: "مكتب اتصال الاتحاد الإفريقي في السودان في بورتسودان".
    static let seatReach = 8

    /// A city opening one of the first lines, before a dash, a comma, a
    /// parenthesis or a date: "BEIJING, Jan 5 –", "بغداد - الأناضول".
    static func isDateline(_ match: PhraseMatcher<Int>.Match, _ sentence: Document.Sentence, _ lineIndex: Int, _ document: Document) -> Bool {
        guard match.first == lineStart(document.lines[lineIndex].tokens, document), lineIndex <= 4,
              match.end < sentence.tokens.upperBound else { return false }
        let next = document.tokens[match.end]
        // "أبوظبي في 20 مارس / وام /", "الدوحة في 4 مارس /قنا/": the Gulf agencies' dateline.
        if fi.contains(match.end, in: document), match.end + 1 < sentence.tokens.upperBound, document.tokens[match.end + 1].kind == .number { return true }
        // "Baku, Ankara, Ashgabat agree to…": capitals listed as the governments that speak.
        if PersonFinder.commas.contains(next.surface), match.end + 1 < sentence.tokens.upperBound,
           CityLexicon.shared.matcher.mayStartAndMatches(at: match.end + 1, in: document) { return false }
        return next.kind == .number || datelineMarks.contains(next.surface)
    }

    /// The country whose capital opens the dateline: a ministry's statement is its government's.
    static func datelineCapital(in document: Document) -> PartyCode? {
        datelineCity(in: document)?.capitalOf
    }

    /// The city that opens the dateline, its tokens and the country it is the capital of.
    static func datelineCity(in document: Document) -> (tokens: Range<Int>, capitalOf: PartyCode?)? {
        let cities = CityLexicon.shared
        for (lineIndex, line) in document.lines.enumerated().prefix(5) where line.kind != .boilerplate {
            guard let sentence = document.sentences.first(where: { $0.line == lineIndex }) ?? Optional(Document.Sentence(tokens: line.tokens, line: lineIndex, isBullet: false)),
                  let match = cities.matcher.matches(at: line.tokens.lowerBound, in: document).first,
                  isDateline(match, sentence, lineIndex, document) else { continue }
            return (match.first..<match.end, cities.cities[cities.matcher.entries[match.entry].value].capitalOf)
        }
        return nil
    }

    /// Words of a telephone call, which has no venue (keys: every reading of the opening's words is looked up).
    static let phoneWords = VenueFinder.wordLists.foldedKeys("phone")
    /// "spoke with", "spoke today with", "a call with", "call from": a call, when no meeting word places it.
    static let callVerbs = VenueFinder.wordLists.written("call-verb")
    /// The word before a call's other side: "spoke with", "a call from".
    static let callPartners = VenueFinder.wordLists.written("call-partner")

    /// Whether the opening reports a call: a phone word, or an official who had
    /// a "call with" or "spoke with" another where no meeting word says they met.
    static func reportsCall(_ opening: [Int], _ document: Document) -> Bool {
        // The word lists are read once, not once per token: each read of a
        // `static let` inside the closures cost a `swift_once` and a retain.
        let phone = phoneWords, meeting = meetingWords, verbs = callVerbs, partners = callPartners
        for i in opening {
            guard let analysis = document.analyses[i] else { continue }
            for key in analysis.stemKeys where phone.contains(key) { return true }
        }
        for i in opening where meeting.contains(i, in: document) { return false }
        for i in opening where verbs.contains(i, in: document) {
            if partners.contains(i + 1, in: document) || partners.contains(i + 2, in: document) { return true }
        }
        return false
    }

    /// Whether a city stands in the statement's own name: right after its
    /// declaration word ("إعلان سرت"), right before it ("the Riyadh Declaration"),
    /// or after a link ("Déclaration de Québec", "Declaration of Doha").
    static func namesStatement(_ city: PhraseMatcher<Int>.Match, _ statementTokens: Set<Int>, _ document: Document) -> Bool {
        statementTokens.contains(city.first - 1) || statementTokens.contains(city.end)
            || city.first >= 2 && statementTokens.contains(city.first - 2) && DeclarationName.linkWords.contains(city.first - 1, in: document)
    }

    /// The venue and the tokens that named it.
    static func find(in document: Document, statementTokens: [Int], mentions: [PartyMention],
                     kind: StatementKind? = nil) -> (String?, Range<Int>?) {
        let cities = CityLexicon.shared
        let opening = (headlines(document) + document.sentences.prefix(4)).flatMap { Array($0.tokens) }
        if reportsCall(opening, document) { return (nil, nil) }
        let statementTokens = Set(statementTokens)
        let leadEnd = Lead.end(in: document)
        var dateline: Place? = nil
        var lead: Place? = nil
        var firstLocated: Place? = nil
        var namesake: Place? = nil
        for sentence in headlines(document) + document.sentences {
            for match in cities.matcher.scan(sentence.tokens, in: document) {
                let city = cities.cities[cities.matcher.entries[match.entry].value]
                let place = Place(name: city.english, tokens: match.first..<match.end, country: city.country)
                if dateline == nil, isDateline(match, sentence, sentence.line, document) || isHeadingPlace(match, sentence, leadEnd, document) {
                    dateline = place
                }
                // "إعلان سرت", "the Riyadh Declaration", « la Déclaration d'Alger »: the city the statement
                // is named after in the headline or the lead, where nothing else places it. (A founding text
                // the body reaffirms, « la Déclaration de Bamako », is no name of this one; a statement that
                // follows a declaration up, "to carry out the Ankara Declaration", is placed by its dateline.)
                if namesake == nil, kind == .declaration, match.first < leadEnd, namesStatement(match, statementTokens, document) {
                    namesake = place
                }
                guard isLocated(match, sentence, document), !isAlternative(match, sentence, document) else { continue }
                let window = max(sentence.tokens.lowerBound, match.first - 8)..<min(sentence.tokens.upperBound, match.end + 6)
                if window.contains(where: { futureWords.contains(document.foldedKey($0)) }) { continue }
                if (max(sentence.tokens.lowerBound, match.first - seatReach)..<match.first).contains(where: { seatWords.contains($0, in: document) }) {
                    continue
                }
                // Background ("كان … قد", "had met in") is not this statement's venue.
                if (max(sentence.tokens.lowerBound, match.first - 10)..<match.first).contains(where: { pluperfectMarks.contains($0, in: document) }) { continue }
                if isBackground(sentence, document) || isPast(match, sentence, document) { continue }
                // "the Joint Declaration signed in Beijing": that document's place.
                if DateFinder.isRecalled(match.first, within: recallReach, sentence.tokens, document) { continue }
                // The sentence that names the statement places it best, unless a stance stands between
                // the name and the city, whose matter it is ("جدد الإعلان إدانة الإجراءات … في القدس").
                if let name = sentence.tokens.first(where: { statementTokens.contains($0) }),
                   !hasStance(between: min(name, match.first)..<max(name, match.first), document) { return (place.name, place.tokens) }
                // A meeting placed in the headline or the lead beats the outlet's dateline.
                let meeting = window.contains { meetingWords.contains($0, in: document) }
                if lead == nil, match.first < leadEnd, meeting { lead = place }
                let destination = match.first > sentence.tokens.lowerBound && destinations.contains(match.first - 1, in: document)
                // One party's own statement meets nobody: a city its body names ("the attack on the
                // consulate in Riyadh") is its matter, unless a meeting word places it.
                if firstLocated == nil, meeting || !destination && kind != .pressStatement { firstLocated = place }
            }
        }
        guard let found = lead ?? dateline ?? datelinePlace(in: document) ?? firstLocated ?? namesake else { return (nil, nil) }
        // "Manama: Gulf leaders signed … during a summit in Saudi Arabia": the dispatch's city, not the meeting's.
        if lead == nil, let country = found.country, let placed = meetingCountry(in: document, before: leadEnd, mentions), placed != country {
            return (nil, nil)
        }
        return (found.name, found.tokens)
    }

    /// How far before a country placed by a locative a meeting word may stand: "a landmark summit in Saudi Arabia".
    static let meetingCountryReach = 4

    /// The country the lead places the meeting in: a locative right before a country,
    /// a meeting word shortly before it ("during a summit in Saudi Arabia", "خلال قمة في السعودية").
    static func meetingCountry(in document: Document, before leadEnd: Int, _ mentions: [PartyMention]) -> PartyCode? {
        for mention in mentions where mention.first > 0 && mention.first < leadEnd {
            guard let code = mention.code, code.isCountry, Organization.named(code) == nil,
                  countryLocatives.contains(mention.first - 1, in: document) else { continue }
            let window = max(0, mention.first - 1 - meetingCountryReach)..<(mention.first - 1)
            if window.contains(where: { meetingWords.contains($0, in: document) }) { return code }
        }
        return nil
    }

    /// "Last Wednesday, at the commission held in Algiers, the minister had said…":
    /// a sentence told in the pluperfect, wherever its auxiliary stands, is background.
    static func isBackground(_ sentence: Document.Sentence, _ document: Document) -> Bool {
        // The pluperfect's own auxiliaries ("ayant le français en partage" is no past).
        document.language != .arabic && sentence.tokens.contains { CommitmentFinder.latinPastAuxiliaries.contains($0, in: document) }
    }

    struct Place {
        var name: String
        var tokens: Range<Int>
        /// The country the city lies in, when the lexicon says.
        var country: PartyCode?
    }

    /// Words of a meeting (`venues.txt`) near a city.
    static let meetingWords = FoldedWordSet(LexiconFile.lines("venues.txt").map(WordAnalysis.fold))

    /// Words that make a round, a city or a date an earlier event's (`past-marks.txt`).
    static let pastMarks = pastMarkWords("mark")
    /// Spans a past mark beside them makes the statement's own recent days ("last week").
    static let recentSpans = pastMarkWords("recent")
    /// Past marks that follow what they mark ("several days ago", "منذ أيام").
    static let pastMarksAfter = pastMarkWords("after")

    private static func pastMarkWords(_ type: String) -> FoldedWordSet {
        FoldedWordSet(LexiconFile.lines("past-marks.txt").compactMap { line in
            let (head, word) = LexiconFile.head(line)
            return head == type ? WordAnalysis.fold(word) : nil
        })
    }
    /// How far before a city a past mark places it in the past: "the previous 44th summit in Doha".
    static let pastReach = 5
    /// How far after a city a following past mark ends: "held in Lima several days ago".
    static let pastAfterReach = 4
    /// How far before a city a recalling participle ends: "signed in Beijing", "signée à Ankara".
    static let recallReach = 2

    /// "the previous 44th summit in Doha", "le 14 décembre dernier à Bruxelles": a past mark
    /// shortly before the city, in its sentence, makes it an earlier event's place; so does
    /// one that follows it ("the conference held in Lima several days ago").
    static func isPast(_ match: PhraseMatcher<Int>.Match, _ sentence: Document.Sentence, _ document: Document) -> Bool {
        (max(sentence.tokens.lowerBound, match.first - pastReach)..<match.first).contains { isPastMark($0, document) }
            || (match.end..<min(sentence.tokens.upperBound, match.end + pastAfterReach)).contains { pastMarksAfter.contains($0, in: document) }
    }

    /// A past mark, unless it makes a weekday or a week relative ("dimanche
    /// dernier", "last Thursday", "الأسبوع الماضي"): the statement's own recent day.
    static func isPastMark(_ index: Int, _ document: Document) -> Bool {
        guard pastMarks.contains(index, in: document) else { return false }
        let dates = DateLexicon.shared.matcher
        return ![index - 1, index + 1].contains { k in
            guard k >= 0, k < document.tokens.count else { return false }
            if recentSpans.contains(k, in: document) { return true }
            return dates.mayStart(at: k, in: document)
                && dates.lookUp(at: k, in: document).contains { if case .weekday = dates.entries[$0.entry].value { return true } else { return false } }
        }
    }

    /// "talks in Doha or Cairo", « soit à Doha, soit au Caire »: a city with an
    /// alternative's word just before or after it, in its sentence.
    static func isAlternative(_ match: PhraseMatcher<Int>.Match, _ sentence: Document.Sentence, _ document: Document) -> Bool {
        let before = max(sentence.tokens.lowerBound, match.first - alternativeReach)..<match.first
        let after = match.end..<min(sentence.tokens.upperBound, match.end + alternativeReach)
        return before.contains { alternatives.contains($0, in: document) } || after.contains { alternatives.contains($0, in: document) }
    }

    /// Whether a stance cue (a commitment's verb or noun) stands in `range`.
    static func hasStance(between range: Range<Int>, _ document: Document) -> Bool {
        let cues = CueLexicon.of(document.language).matcher
        return cues.scan(range, in: document).contains { cues.entries[$0.entry].value.type != nil }
    }

    /// "in Cairo", "à Alger", "في الرياض", "بالرياض".
    static func isLocated(_ match: PhraseMatcher<Int>.Match, _ sentence: Document.Sentence, _ document: Document) -> Bool {
        let prefix = match.reading.prefix
        for back in 2...3 where match.first - back >= sentence.tokens.lowerBound {
            if capitalWords.contains(match.first - back, in: document) { return true }
        }
        return (match.first > sentence.tokens.lowerBound ? locatives.contains(match.first - 1, in: document) : locatives.contains(""))
            || (document.language == .arabic && (prefix.procliticsEnd(with: "ب") || fi.contains(WordKey(prefix))) && !prefix.procliticsEnd(with: "ال"))
    }

    /// The headline lines, read like sentences (the document's sentences are its prose's).
    static func headlines(_ document: Document) -> [Document.Sentence] {
        let firstProse = document.sentences.first?.tokens.lowerBound ?? document.tokens.count
        return document.lines.enumerated().compactMap { index, line in
            line.kind == .heading && line.tokens.upperBound <= firstProse ? Document.Sentence(tokens: line.tokens, line: index, isBullet: false) : nil
        }
    }

    /// The article before the date that follows a city: "Abuja, le 23 mai", "on 5 May", "في 4 مارس".
    static let dateArticles = VenueFinder.wordLists.written("date-article")

    /// "…Bi-National Commission, Abuja, 23 May 2008": a city then a date, above the lead.
    static func isHeadingPlace(_ match: PhraseMatcher<Int>.Match, _ sentence: Document.Sentence, _ leadEnd: Int, _ document: Document) -> Bool {
        guard match.first < leadEnd, match.end + 1 < sentence.tokens.upperBound,
              PersonFinder.commas.contains(document.tokens[match.end].surface) else { return false }
        var next = match.end + 1
        // "(Paris, le 21/01/2014)", "Abuja, on 23 May".
        if next + 1 < sentence.tokens.upperBound, dateArticles.contains(next, in: document) { next += 1 }
        return document.tokens[next].kind == .number || DateLexicon.shared.matcher.mayStartAndMatches(at: next, in: document)
    }

    /// The dateline's city and its tokens ("الرياض - واس" on a line of its own).
    static func datelinePlace(in document: Document) -> Place? {
        let cities = CityLexicon.shared
        for (lineIndex, line) in document.lines.enumerated().prefix(5) where line.kind != .boilerplate {
            let sentence = Document.Sentence(tokens: line.tokens, line: lineIndex, isBullet: false)
            let start = lineStart(line.tokens, document)
            guard let match = cities.matcher.matches(at: start, in: document).first,
                  isDateline(match, sentence, lineIndex, document) else { continue }
            let city = cities.cities[cities.matcher.entries[match.entry].value]
            return Place(name: city.english, tokens: match.first..<match.end, country: city.country)
        }
        return nil
    }

    /// Where a line's text starts: after a rebuilt page's " date 2026-01-05 " (or " date 2026-01 ") prefix.
    static func lineStart(_ line: Range<Int>, _ document: Document) -> Int {
        let t = document.tokens
        var s = line.lowerBound
        guard line.count > 2, Stamp.dateWords.contains(s, in: document), t[s + 1].kind == .number else { return s }
        s += 1
        while s < line.upperBound, s <= line.lowerBound + 5, t[s].kind == .number || t[s].surface == "-" { s += 1 }
        return s
    }
}
