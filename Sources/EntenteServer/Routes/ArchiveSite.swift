import Foundation
import Hummingbird
import Storage

/// The web site of one archive: its pages, downloads and JSON API, all
/// read-only (only GET routes exist).
struct ArchiveSite: Sendable {
    let settings: ServerSettings
    let readers: ArchiveReaders
    let templates: Templates
    let downloads: DownloadSlots
    let cache: SearchCache

    init(settings: ServerSettings) throws {
        self.settings = settings
        readers = try ArchiveReaders(path: settings.archivePath, count: settings.readers, timeout: settings.queryTimeout,
                                      beforeEachRead: settings.beforeEachRead)
        templates = try Templates()
        downloads = DownloadSlots(limit: settings.maxDownloads)
        cache = try SearchCache(connections: readers.connections)
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await searchPage(request) }
        router.get("/search") { request, _ in try await searchPage(request) }
        router.get("/statements/:id") { request, context in try await statementPage(try statementID(context)) }
        router.get("/parties") { _, _ in try await partiesPage() }
        router.get("/parties/:code") { _, context in try await partyPage(try partyCode(context)) }
        router.get("/export.csv") { request, _ in try await csvDownload(request) }
        router.get("/export.json") { request, _ in try await jsonDownload(request) }
        router.get("/api/search") { request, _ in try await searchAPI(request) }
        router.get("/api/statements/:id") { _, context in try await statementAPI(try statementID(context)) }
        router.get("/api/parties/:code") { _, context in try await partyAPI(try partyCode(context)) }
        router.get("/api/openapi.json") { _, _ in OpenAPIDocument.response }
    }

    func statementID(_ context: BasicRequestContext) throws -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else {
            throw ServerError.badParameter(name: "statement", value: text, expected: "a statement number")
        }
        return id
    }

    func partyCode(_ context: BasicRequestContext) throws -> String {
        let text = context.parameters.get("code") ?? ""
        guard text.count <= 8, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw ServerError.badParameter(name: "party", value: String(text.prefix(40)), expected: "a party code such as PK or GCC")
        }
        return text.uppercased()
    }
}
