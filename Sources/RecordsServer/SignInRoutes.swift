import HTTPTypes
import Hummingbird
import ResponderRecords

/// `/login` and `/logout`: sign-in with a name and password (bcrypt), rate-limited, CSRF-protected by a cookie
/// that must match the form's hidden field.
struct SignInRoutes {
    let services: RecordsServices

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/login") { _, context in
            let token = Accounts.randomTokenForForms()
            var response = services.pages.render("login", ["title": "Sign in", "signinToken": token], context: context)
            response.headers.append(HTTPField(name: .setCookie, value: Cookies.header(name: Cookies.signInCSRF, value: token, maxAge: 3600,
                                                                                        secure: services.configuration.secureCookies, path: "/login")))
            return response
        }
        router.post("/login") { request, context in
            let form = try await FormData.read(request, context: context)
            guard let sent = form["signin_token"], let cookie = request.cookies[Cookies.signInCSRF]?.value, CSRF.equal(sent, cookie) else {
                throw RecordsError.forbidden(reason: "the sign-in form is out of date; reload it and try again")
            }
            let name = form["name"] ?? ""
            try await services.limiter.check(name: name, address: context.address)
            guard let (session, token) = try await services.accounts.signIn(name: name, password: form.fields["password"]?.first ?? "",
                                                                            address: context.address) else {
                await services.limiter.recordFailure(name: name, address: context.address)
                let fresh = Accounts.randomTokenForForms()
                var response = services.pages.render("login", ["title": "Sign in", "signinToken": fresh, "failed": true, "name": name],
                                                     context: context, status: .unauthorized)
                response.headers.append(HTTPField(name: .setCookie, value: Cookies.header(name: Cookies.signInCSRF, value: fresh, maxAge: 3600,
                                                                                            secure: services.configuration.secureCookies, path: "/login")))
                return response
            }
            await services.limiter.recordSuccess(name: name)
            var response = Response(status: .seeOther, headers: [.location: session.user.role == .administrator ? "/admin/users" : "/calls"])
            response.headers.append(HTTPField(name: .setCookie, value: Cookies.header(name: Cookies.session, value: token,
                                                                                        maxAge: Int(services.accounts.sessionLifetime),
                                                                                        secure: services.configuration.secureCookies)))
            return response
        }
        router.post("/logout") { request, context in
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            if let token = request.cookies[Cookies.session]?.value { try await services.accounts.endSession(token: token, address: context.address) }
            var response = Response(status: .seeOther, headers: [.location: "/login"])
            response.headers.append(HTTPField(name: .setCookie, value: Cookies.header(name: Cookies.session, value: "", maxAge: 0,
                                                                                        secure: services.configuration.secureCookies)))
            return response
        }
    }
}

extension Accounts {
    /// A random token for the sign-in form's CSRF cookie.
    static func randomTokenForForms() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }.joined()
    }
}
