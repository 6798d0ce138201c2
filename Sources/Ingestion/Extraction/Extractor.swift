import Model
import TextAnalysis

/// Reads one article and returns its statement, parties, persons and
/// commitments. Pure: text in, values out.
///
/// What it knows of the three languages lives in the lexicons of
/// `Sources/Ingestion/Lexicons/` (cue words, topics, party names, titles,
/// cities, date words), embedded in the binary and loaded once.
public struct Extractor: Sendable {
    public init() {}

    /// The extraction of `article`. `Extraction.text` is the article's full
    /// text (line endings normalised, nothing removed); commitment offsets
    /// count Unicode scalars in it. The language is detected when the
    /// article does not give it; relative dates resolve against
    /// `article.published`, and a date that cannot be read stays unknown.
    public func extract(_ article: Article) -> Extraction {
        let document = Document(text: article.text, language: article.language)
        let mentions = PartyFinder.find(in: document)
        let persons = PersonFinder.find(in: document, parties: mentions)
        let clauses = CommitmentFinder(document: document, parties: mentions, persons: persons).find()
        let issuers = Self.issuers(clauses: clauses, mentions: mentions, document: document)

        var commitments: [Commitment] = []
        for clause in clauses {
            let by: [PartyCode]
            switch clause.speaker {
            case let .parties(codes): by = codes
            case .issuers: by = issuers
            }
            let start = document.tokens[clause.first].start
            let end = document.tokens[clause.end - 1].end
            commitments.append(Commitment(
                text: document.cleanText(start, end), type: clause.type, by: by, topics: clause.topics,
                start: start, end: end, context: clause.context, target: clause.target))
        }

        var parties = issuers.map { Party(code: $0, role: .issuer) }
        var seen = Set(issuers)
        for mention in mentions where !mention.isPlace {
            if let code = mention.code, seen.insert(code).inserted { parties.append(Party(code: code, role: .mentioned)) }
        }

        let (mechanism, round) = MechanismFinder.find(in: document)
        let statement = Statement(
            kind: KindFinder.find(in: document),
            date: DateFinder.find(in: document, published: article.published),
            venue: VenueFinder.find(in: document),
            mechanism: mechanism, round: round)
        let title = article.title ?? document.lines.first.flatMap { line in
            line.kind == .heading ? document.cleanText(line.segment.start, line.segment.end) : nil
        }
        return Extraction(
            language: document.language, statement: statement, parties: parties,
            persons: persons.map(\.person), commitments: commitments, text: article.text, title: title)
    }

    /// The statement's makers: the parties named as speakers of its
    /// clauses; failing that, the first parties of the lead. "The two
    /// sides" asks for two.
    static func issuers(clauses: [Clause], mentions: [PartyMention], document: Document) -> [PartyCode] {
        var counts: [PartyCode: Int] = [:]
        var order: [PartyCode] = []
        for clause in clauses where clause.speakerNamed {
            guard case let .parties(codes) = clause.speaker else { continue }
            for code in codes {
                if counts[code] == nil { order.append(code) }
                counts[code, default: 0] += 1
            }
        }
        let wantsTwo = mentions.contains { $0.isIssuersReference }
        // The lead: the first lines that are not boilerplate, title included.
        var lead: [PartyCode] = []
        let leadLines = document.lines.filter { $0.kind != .boilerplate }.prefix(3)
        for mention in mentions where !mention.isPlace {
            guard let code = mention.code, leadLines.contains(where: { $0.tokens.contains(mention.first) }) else { continue }
            if !lead.contains(code) { lead.append(code) }
        }
        var result = order
        if result.isEmpty { result = Array(lead.prefix(wantsTwo ? 2 : 1)) }
        if wantsTwo, result.count == 1, let other = lead.first(where: { $0 != result[0] }) { result.append(other) }
        if result.isEmpty, wantsTwo {
            var all: [PartyCode] = []
            for m in mentions where !m.isPlace { if let c = m.code, !all.contains(c) { all.append(c) } }
            result = Array(all.prefix(2))
        }
        return result
    }
}
