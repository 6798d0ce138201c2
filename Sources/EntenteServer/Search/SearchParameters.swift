import Foundation
import Model
import Storage

/// A search as the URL states it: the words, the filters and the page.
/// The URL holds the whole search, so that a link shares it; ``items``
/// writes it back in one canonical order.
///
/// Names: `q` (the words, as `entente search` reads them), `party` and
/// `topic` (repeat: all must hold), `type` and `kind` (repeat: any),
/// `lang`, `since` and `until` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`),
/// `page` (from 1) and `per_page`.
struct SearchParameters: Hashable, Sendable {
    var query = ""
    var parties: [PartyCode] = []
    var topics: [Topic] = []
    var types: [CommitmentType] = []
    var kinds: [StatementKind] = []
    var language: Language?
    var since: StatementDate?
    var until: StatementDate?
    var page = 1
    /// Nil: the server's page size.
    var perPage: Int?

    init() {}

    /// Reads the parameters of `raw` (the URL's query), refusing unknown
    /// values and anything past the settings' bounds.
    init(query raw: String?, settings: ServerSettings) throws {
        for (name, value) in try QueryString.parse(raw) {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            switch name {
            case "q":
                guard value.count <= settings.maxQueryLength else { throw ServerError.queryTooLong(limit: settings.maxQueryLength) }
                query = value
            case "party" where !trimmed.isEmpty:
                let code = PartyCode(trimmed.uppercased())
                guard code.isKnown else {
                    throw ServerError.badParameter(name: name, value: value, expected: "a country code (ISO 3166-1 alpha-2, like PK) or an organisation code (UN, EU, AU, GCC, LAS, …)")
                }
                if !parties.contains(code) { parties.append(code) }
            case "topic" where !trimmed.isEmpty: Self.add(try Self.value(name, trimmed, as: Topic.self), to: &topics)
            case "type" where !trimmed.isEmpty: Self.add(try Self.value(name, trimmed, as: CommitmentType.self), to: &types)
            case "kind" where !trimmed.isEmpty: Self.add(try Self.value(name, trimmed, as: StatementKind.self), to: &kinds)
            case "lang" where !trimmed.isEmpty: language = try Self.value(name, trimmed, as: Language.self)
            case "since" where !trimmed.isEmpty: since = try Self.date(name, trimmed)
            case "until" where !trimmed.isEmpty: until = try Self.date(name, trimmed)
            case "page" where !trimmed.isEmpty:
                guard let number = Int(trimmed), number >= 1 else {
                    throw ServerError.badParameter(name: name, value: value, expected: "a page number from 1")
                }
                page = number
            case "per_page" where !trimmed.isEmpty:
                guard let number = Int(trimmed), (1...settings.maxPageSize).contains(number) else {
                    throw ServerError.badParameter(name: name, value: value, expected: "a number from 1 to \(settings.maxPageSize)")
                }
                perPage = number
            default:
                // Unknown names (a tracker's, an empty field) change nothing.
                break
            }
        }
        if let since, let until, until < since {
            throw ServerError.badParameter(name: "until", value: until.iso ?? "", expected: "a date on or after since=\(since.iso ?? "")")
        }
        if offset(settings: settings) > settings.maxOffset {
            throw ServerError.badParameter(name: "page", value: String(page), expected: "a page within the first \(settings.maxOffset) results; narrow the search")
        }
    }

    var hasWords: Bool { query.contains { !$0.isWhitespace } }

    func pageSize(settings: ServerSettings) -> Int { perPage ?? settings.pageSize }

    func offset(settings: ServerSettings) -> Int { (page - 1) * pageSize(settings: settings) }

    /// The filter for Storage, with this page's limit and offset.
    func filter(settings: ServerSettings) -> CommitmentFilter {
        var filter = CommitmentFilter(query: hasWords ? query : nil)
        filter.parties = parties
        filter.topics = topics
        filter.types = types
        filter.kinds = kinds
        filter.language = language
        filter.since = since
        filter.until = until
        filter.limit = pageSize(settings: settings)
        filter.offset = offset(settings: settings)
        return filter
    }

    /// The parameters in canonical order, the page left out when it is the first.
    var items: [QueryString.Item] {
        var items: [QueryString.Item] = []
        if hasWords { items.append(("q", query)) }
        items += parties.map { ("party", $0.rawValue) }
        items += topics.map { ("topic", $0.rawValue) }
        items += types.map { ("type", $0.rawValue) }
        items += kinds.map { ("kind", $0.rawValue) }
        if let language { items.append(("lang", language.rawValue)) }
        if let since = since?.iso { items.append(("since", since)) }
        if let until = until?.iso { items.append(("until", until)) }
        if page > 1 { items.append(("page", String(page))) }
        if let perPage { items.append(("per_page", String(perPage))) }
        return items
    }

    /// `path` with these parameters after `change`, back on the first page
    /// unless `change` sets one.
    func link(_ path: String, _ change: (inout SearchParameters) -> Void = { _ in }) -> String {
        var changed = self
        changed.page = 1
        change(&changed)
        let query = QueryString.encode(changed.items)
        return query.isEmpty ? path : path + "?" + query
    }

    private static func add<T: Equatable>(_ value: T, to list: inout [T]) {
        if !list.contains(value) { list.append(value) }
    }

    private static func value<T: RawRepresentable & CaseIterable>(_ name: String, _ text: String, as: T.Type) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: text.lowercased().replacingOccurrences(of: "-", with: "_")) else {
            throw ServerError.badParameter(name: name, value: text, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    private static func date(_ name: String, _ text: String) throws -> StatementDate {
        guard let date = StatementDate(iso: text) else {
            throw ServerError.badParameter(name: name, value: text, expected: "a date written YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return date
    }
}
