import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ResponderRecords

/// A signed-in browser: its session cookie and CSRF token.
struct Browser: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: cookie] }
}

extension TestClientProtocol {
    /// Signs in through the login form, as a browser would; returns the session.
    func signIn(_ name: String, password: String = TestSystem.password) async throws -> Browser {
        let (signinCookie, token) = try await loginForm()
        let response = try await execute(uri: "/login", method: .post,
                                          headers: [.cookie: signinCookie, .contentType: "application/x-www-form-urlencoded"],
                                          body: ByteBuffer(string: form(["signin_token": token, "name": name, "password": password])))
        guard response.status == .seeOther, let setCookie = response.headers[values: .setCookie].first(where: { $0.hasPrefix("reroute_session=") }) else {
            throw RecordsError.unauthorized(reason: "sign-in of \(name) failed with \(response.status)")
        }
        let cookie = String(setCookie.prefix { $0 != ";" })
        let page = try await execute(uri: name == "admin" ? "/admin/users" : "/calls", method: .get, headers: [.cookie: cookie])
        guard let csrf = String(buffer: page.body).firstMatch(of: #/name="csrf" value="([0-9a-f]+)"/#)?.output.1 else {
            throw RecordsError.unauthorized(reason: "no CSRF token on the page after signing in as \(name)")
        }
        return Browser(cookie: cookie, csrf: String(csrf))
    }

    /// GETs the login form: its CSRF cookie (as a Cookie header) and the matching hidden field.
    func loginForm() async throws -> (cookie: String, token: String) {
        let page = try await execute(uri: "/login", method: .get)
        guard let setCookie = page.headers[values: .setCookie].first(where: { $0.hasPrefix("reroute_signin=") }),
              let token = String(buffer: page.body).firstMatch(of: #/name="signin_token" value="([0-9a-f]+)"/#)?.output.1 else {
            throw RecordsError.unauthorized(reason: "the login form has no CSRF token")
        }
        return (String(setCookie.prefix { $0 != ";" }), String(token))
    }

    /// POSTs a form as the browser (with its CSRF token unless `csrf` is false).
    func post(_ uri: String, as browser: Browser, _ fields: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: [.cookie: browser.cookie, .contentType: "application/x-www-form-urlencoded"],
                          body: ByteBuffer(string: form((csrf ? [("csrf", browser.csrf)] : []) + fields)))
    }

    func get(_ uri: String, as browser: Browser) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: browser.headers)
    }

    /// A JSON API call with a Bearer token.
    func api(_ method: HTTPRequest.Method, _ uri: String, token: String, json: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)"]
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

func form(_ fields: [String: String]) -> String { form(fields.map { ($0.key, $0.value) }) }

func form(_ fields: [(String, String)]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
        .joined(separator: "&")
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The record id from a `/records/ID?saved=1` redirect.
    var savedRecordID: Int? {
        headers[.location].flatMap { $0.firstMatch(of: #/^/records/(\d+)/#).flatMap { Int($0.output.1) } }
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: Data(buffer: body)) }
}
