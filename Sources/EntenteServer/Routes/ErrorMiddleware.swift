import Foundation
import Hummingbird

/// Answers a failed request with its one-line reason: an HTML page, or
/// `{"error": …}` under `/api/`. Errors other than ``ServerError`` (a bug)
/// are logged and answered 500 without their details.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let templates: Templates

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return answer(request, status: error.status, message: error.localizedDescription)
        } catch let error as HTTPError where error.status == .notFound {
            return answer(request, status: .notFound, message: ServerError.notFound(request.uri.path).localizedDescription)
        } catch let error as HTTPError {
            return answer(request, status: error.status, message: error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed: \(error)")
            return answer(request, status: .internalServerError, message: "the server failed to answer; its log says why")
        }
    }

    private func answer(_ request: Request, status: HTTPResponse.Status, message: String) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return (try? Responses.json(["error": message], status: status)) ?? Response(status: status)
        }
        let page = ErrorPage(pageTitle: "\(status.code) — Entente", status: status.code, message: message)
        return Responses.html(templates.render(page, as: "error"), status: status)
    }
}
