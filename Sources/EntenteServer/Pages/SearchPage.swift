import Model
import Storage

/// What the search page shows: the form, the chosen filters, the facets
/// with their counts, one page of results and the links to the rest.
struct SearchPage: Sendable {
    /// The window's title (`<title>`).
    var pageTitle: String
    var query: String
    var since: String
    var until: String
    /// The current filters but the words and dates, kept by the form.
    var hidden: [HiddenField]
    var chosen: [ChosenFilter]
    var hasChosen: Bool
    var facets: [FacetGroup]
    var summary: String
    var results: [ResultItem]
    var hasResults: Bool
    var previousLink: String?
    var nextLink: String?
    var pageText: String
    var csvLink: String
    var jsonLink: String
    var apiLink: String
    var error: String?

    struct HiddenField: Sendable { var name: String; var value: String }

    /// A chosen filter with the link that removes it.
    struct ChosenFilter: Sendable { var label: String; var removeLink: String }

    struct FacetGroup: Sendable {
        var title: String
        var entries: [FacetEntry]
    }

    struct FacetEntry: Sendable {
        var label: String
        var count: Int
        var link: String
        var selected: Bool
    }

    /// One commitment of the results.
    struct ResultItem: Sendable {
        var link: String
        var statementID: Int64
        var date: String
        var kind: String
        var type: String
        var context: String?
        var issuers: [PartyLabel]
        var topics: [String]
        var lang: String
        var dir: String
        var runs: [TextRun]
        var articleTitle: String?
        var source: String?
        var published: String?
        var reports: String?
    }
}

extension SearchPage {
    /// Most parties and topics listed in a facet group; chosen ones always are.
    static let facetLength = 15

    init(parameters: SearchParameters, rows: [CommitmentRow], total: Int, facets: FacetCounts, settings: ServerSettings) {
        let highlighter = Highlighter(query: parameters.query)
        pageTitle = parameters.hasWords ? "\(parameters.query) — Entente" : "Search — Entente"
        query = parameters.query
        since = parameters.since?.iso ?? ""
        until = parameters.until?.iso ?? ""
        var kept = parameters
        (kept.query, kept.since, kept.until, kept.page) = ("", nil, nil, 1)
        hidden = kept.items.map { HiddenField(name: $0.name, value: $0.value) }
        chosen = Self.chosenFilters(parameters)
        hasChosen = !chosen.isEmpty
        self.facets = Self.groups(parameters, facets)
        let offset = parameters.offset(settings: settings)
        let size = parameters.pageSize(settings: settings)
        summary = total == 0 ? "No commitment matches."
            : Labels.counted(total, "commitment") + (total > rows.count ? ", \(offset + 1)–\(offset + rows.count) shown" : "")
        results = rows.map { ResultItem($0, highlighter: highlighter) }
        hasResults = !rows.isEmpty
        let pages = max(1, (min(total, settings.maxOffset + size) + size - 1) / size)
        pageText = "Page \(parameters.page) of \(pages)"
        previousLink = parameters.page > 1 ? parameters.link("/search") { $0.page = parameters.page - 1 } : nil
        nextLink = parameters.page < pages ? parameters.link("/search") { $0.page = parameters.page + 1 } : nil
        var whole = parameters
        (whole.page, whole.perPage) = (1, nil)
        csvLink = whole.link("/export.csv")
        jsonLink = whole.link("/export.json")
        apiLink = parameters.link("/api/search") { $0.page = parameters.page }
        error = nil
    }

    static func chosenFilters(_ parameters: SearchParameters) -> [ChosenFilter] {
        /// Each value chosen for a repeatable filter, with the link that drops it.
        func each<Value: Equatable>(_ name: String, _ list: WritableKeyPath<SearchParameters, [Value]>,
                                    label: (Value) -> String) -> [ChosenFilter] {
            parameters[keyPath: list].map { value in
                ChosenFilter(label: "\(name): \(label(value))",
                             removeLink: parameters.link("/search") { $0[keyPath: list].removeAll { $0 == value } })
            }
        }
        var chosen = each("party", \.parties) { "\($0) \(Labels.partyName($0))" }
        chosen += each("topic", \.topics) { Labels.words($0) }
        chosen += each("type", \.types) { $0.rawValue }
        chosen += each("kind", \.kinds) { Labels.words($0) }
        if let language = parameters.language {
            chosen.append(ChosenFilter(label: "language: \(Labels.languageName(language))",
                                       removeLink: parameters.link("/search") { $0.language = nil }))
        }
        if parameters.since != nil || parameters.until != nil {
            let range = (parameters.since?.iso ?? "…") + " – " + (parameters.until?.iso ?? "…")
            chosen.append(ChosenFilter(label: "dates: \(range)",
                                       removeLink: parameters.link("/search") { ($0.since, $0.until) = (nil, nil) }))
        }
        return chosen
    }

    /// The facet groups: adding a party or topic, replacing the type, kind,
    /// language or year.
    static func groups(_ parameters: SearchParameters, _ facets: FacetCounts) -> [FacetGroup] {
        func entries<Value>(_ counts: [FacetCount<Value>], limit: Int = .max, label: (Value) -> String,
                            selected: (Value) -> Bool, link: (Value) -> String) -> [FacetEntry] {
            let listed = counts.enumerated().filter { $0.offset < limit || selected($0.element.value) }.map(\.element)
            return listed.map { FacetEntry(label: label($0.value), count: $0.count, link: link($0.value), selected: selected($0.value)) }
        }
        return [
            FacetGroup(title: "Party", entries: entries(
                facets.parties, limit: facetLength, label: { "\($0) \(Labels.partyName($0))" },
                selected: { parameters.parties.contains($0) },
                link: { code in parameters.link("/search") { if !$0.parties.contains(code) { $0.parties.append(code) } } })),
            FacetGroup(title: "Topic", entries: entries(
                facets.topics, limit: facetLength, label: { Labels.words($0) },
                selected: { parameters.topics.contains($0) },
                link: { topic in parameters.link("/search") { if !$0.topics.contains(topic) { $0.topics.append(topic) } } })),
            FacetGroup(title: "Type", entries: entries(
                facets.types, label: \.rawValue, selected: { parameters.types.contains($0) },
                link: { type in parameters.link("/search") { $0.types = [type] } })),
            FacetGroup(title: "Kind", entries: entries(
                facets.kinds, label: { Labels.words($0) }, selected: { parameters.kinds.contains($0) },
                link: { kind in parameters.link("/search") { $0.kinds = [kind] } })),
            FacetGroup(title: "Language", entries: entries(
                facets.languages, label: Labels.languageName, selected: { parameters.language == $0 },
                link: { language in parameters.link("/search") { $0.language = language } })),
            FacetGroup(title: "Year", entries: entries(
                facets.years.sorted { $0.value > $1.value }, label: { $0 },
                selected: { parameters.since?.iso == $0 && parameters.until?.iso == $0 },
                link: { year in parameters.link("/search") { ($0.since, $0.until) = (StatementDate(iso: year), StatementDate(iso: year)) } })),
        ].filter { !$0.entries.isEmpty }
    }
}

extension SearchPage.ResultItem {
    init(_ row: CommitmentRow, highlighter: Highlighter) {
        link = "/statements/\(row.statementID)#c\(row.commitmentID)"
        statementID = row.statementID
        date = row.statementDate ?? "undated"
        kind = Labels.words(row.statementKind)
        type = row.type.rawValue
        context = row.context?.rawValue
        issuers = row.issuers.map { PartyLabel($0) }
        topics = row.topics.map { Labels.words($0) }
        lang = row.language.rawValue
        dir = Labels.direction(of: row.language)
        runs = highlighter.segments(of: row.text, language: row.language)
        articleTitle = row.title
        source = row.source
        published = row.published
        reports = row.reports > 1 ? "\(row.reports) reports" : nil
    }
}
