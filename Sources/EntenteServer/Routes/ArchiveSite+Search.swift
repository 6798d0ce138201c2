import Foundation
import Hummingbird
import Storage

extension ArchiveSite {
    /// One page of results with its total and facet counts (those two
    /// from the cache when the same search was counted before).
    struct SearchResult: Sendable, Encodable {
        var total: Int
        var page: Int
        var perPage: Int
        var rows: [CommitmentRow]
        var facets: FacetCounts
    }

    func search(_ parameters: SearchParameters) async throws -> SearchResult {
        let filter = parameters.filter(settings: settings)
        let cache = cache
        return try await readers.read { archive in
            let counts = try cache.counts(filter, on: archive)
            return SearchResult(total: counts.total, page: parameters.page, perPage: filter.limit ?? 0,
                                rows: try archive.search(filter), facets: counts.facets)
        }
    }

    func searchPage(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(query: request.uri.query, settings: settings)
        let result = try await search(parameters)
        let page = SearchPage(parameters: parameters, rows: result.rows, total: result.total, facets: result.facets, settings: settings)
        return Responses.html(templates.render(page, as: "search"))
    }

    func searchAPI(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(query: request.uri.query, settings: settings)
        return try Responses.json(try await search(parameters))
    }
}
