import Hummingbird

/// The JSON API's description, `Templates/openapi.json`, served as it is.
enum OpenAPIDocument {
    static let text = EmbeddedFiles.files["openapi.json"] ?? "{}"

    static var response: Response {
        var headers = Responses.commonHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
