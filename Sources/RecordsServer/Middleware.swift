import Vocabulary
import CallRecords
import Foundation
import HTTPTypes
import Hummingbird
import ResponderRecords

/// Headers every response carries: nothing may be loaded from elsewhere, only the server's own script files run (no
/// inline script), pages are not cached unless the route says so (the public dashboard).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = RecordsRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        if let referrerPolicy = HTTPField.Name("Referrer-Policy") { response.headers[referrerPolicy] = "no-referrer" }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Turns errors into responses: JSON `{"error": …}` under `/api/`, a page elsewhere; signed-out page requests go to
/// the sign-in page.
struct ErrorResponseMiddleware: RouterMiddleware {
    typealias Context = RecordsRequestContext
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let error as RecordsError {
            if case .unauthorized = error, !isAPI {
                return Response(status: .seeOther, headers: [.location: "/login"])
            }
            var response = try respond(status: HTTPResponse.Status(code: error.httpStatusCode), message: error.description, isAPI: isAPI, context: context)
            if case .tooManyAttempts(let seconds) = error { response.headers[.retryAfter] = String(seconds) }
            return response
        } catch let error as InputError {
            return try respond(status: .unprocessableContent, message: error.description, isAPI: isAPI, context: context)
        } catch let error as HTTPError {
            return try respond(status: error.status, message: error.body ?? error.status.reasonPhrase, isAPI: isAPI, context: context)
        }
    }

    private func respond(status: HTTPResponse.Status, message: String, isAPI: Bool, context: Context) throws -> Response {
        if isAPI { return try JSONResponse.make(["error": message], status: status) }
        return pages.render("error", ["title": "\(status.code) \(status.reasonPhrase)", "message": message, "status": status.code],
                            context: context, status: status)
    }
}

/// Reads the session cookie and puts the signed-in user on the context.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = RecordsRequestContext
    let accounts: Accounts

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Cookies.session]?.value, !token.isEmpty {
            context.session = try await accounts.session(token: token)
        }
        return try await next(request, context)
    }
}

/// Authenticates `/api/v1` requests by `Authorization: Bearer <token>` (tokens from `reroute admin token USER`).
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = RecordsRequestContext
    let accounts: Accounts

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw RecordsError.unauthorized(reason: "send Authorization: Bearer <token> (create one with `reroute admin token USER`)")
        }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let user = try await accounts.user(forToken: token) else { throw RecordsError.unauthorized(reason: "unknown or revoked token") }
        var context = context
        context.apiUser = user
        return try await next(request, context)
    }
}

/// Refuses a form post whose CSRF token is not the session's.
enum CSRF {
    static func check(_ form: FormData, context: RecordsRequestContext) throws {
        guard let session = context.session else { throw RecordsError.unauthorized(reason: "sign in first") }
        guard let sent = form["csrf"], Self.equal(sent, session.csrfToken) else {
            throw RecordsError.forbidden(reason: "the form's security token is missing or out of date; reload the page and try again")
        }
    }

    /// Compares in time independent of where the strings differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Names of the cookies the server sets.
enum Cookies {
    static let session = "reroute_session"
    static let signInCSRF = "reroute_signin"

    /// A `Set-Cookie` value: HTTP-only, SameSite=Strict, Secure when configured.
    static func header(name: String, value: String, maxAge: Int?, secure: Bool, path: String = "/") -> String {
        var parts = ["\(name)=\(value)", "Path=\(path)", "HttpOnly", "SameSite=Strict"]
        if secure { parts.append("Secure") }
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        return parts.joined(separator: "; ")
    }
}

/// JSON responses through one encoder.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
