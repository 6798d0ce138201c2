import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// Runs requests against the server of the fixture archive, through
/// Hummingbird's test client (no socket).
class ServerTestCase: XCTestCase {
    /// The fixture's archive, made once for the whole run.
    nonisolated(unsafe) static var shared: ServerSettings?

    var settings: ServerSettings!

    override func setUpWithError() throws {
        if Self.shared == nil { Self.shared = try ServerFixture.settings() }
        settings = Self.shared
    }

    struct Answer {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var bytes: [UInt8]
    }

    /// Each request in `uris` with GET (or `method`), answered in order.
    func fetch(_ uris: [String], method: HTTPRequest.Method = .get, settings: ServerSettings? = nil) async throws -> [Answer] {
        let app = try ArchiveServer.makeApplication(settings: settings ?? self.settings)
        return try await app.test(.router) { client in
            var answers: [Answer] = []
            for uri in uris {
                let response = try await client.execute(uri: uri, method: method)
                let bytes = response.body.getBytes(at: response.body.readerIndex, length: response.body.readableBytes) ?? []
                answers.append(Answer(status: response.status, headers: response.headers,
                                      body: String(decoding: bytes, as: UTF8.self), bytes: bytes))
            }
            return answers
        }
    }

    func fetch(_ uri: String, method: HTTPRequest.Method = .get) async throws -> Answer {
        try await fetch([uri], method: method)[0]
    }

    func json(_ answer: Answer) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(answer.bytes))
    }
}
