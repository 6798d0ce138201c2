import Foundation
import HTTPTypes
import Hummingbird

/// How the server's answers are written: pages as UTF-8 HTML with headers
/// that forbid anything a page does not need, data as sorted-key JSON.
enum Responses {
    /// No script, no asset from elsewhere, no framing, forms only to this server.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = commonHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        var headers = commonHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        var data = try encoder.encode(value)
        data.append(0x0A)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A streamed download of `contentType`, saved as `filename`.
    static func download(_ body: ResponseBody, contentType: String, filename: String) -> Response {
        var headers = commonHeaders
        headers[.contentType] = contentType
        headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        return Response(status: .ok, headers: headers, body: body)
    }

    static var commonHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.xContentTypeOptions] = "nosniff"
        headers[.referrerPolicy] = "no-referrer"
        return headers
    }

    /// The JSON of `entente show --json` and `search --format json`: sorted
    /// keys, snake_case, slashes as they are.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
}
