import Foundation
import Hummingbird
import Storage

extension ArchiveSite {
    func statementPage(_ id: Int64) async throws -> Response {
        let (detail, texts) = try await readers.read { archive in
            (try archive.statement(id: id), try archive.reportTexts(statementID: id))
        }
        guard let detail else { throw ServerError.noSuchStatement(id) }
        return Responses.html(templates.render(StatementPage(detail: detail, reports: texts, askedID: id), as: "statement"))
    }

    /// The statement as `entente show --json` prints it.
    func statementAPI(_ id: Int64) async throws -> Response {
        guard let detail = try await readers.read({ try $0.statement(id: id) }) else { throw ServerError.noSuchStatement(id) }
        return try Responses.json(detail)
    }
}
