import Foundation
import Hummingbird
import Mustache
import ResponderRecords

/// Renders the server's pages from the Mustache templates in `Templates/` (HTML-escaped by `{{…}}`).
///
/// Every page gets the signed-in user, their role's permissions and the session's CSRF token for its forms.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The stylesheet, served at `/static/app.css`.
    let stylesheet: String
    /// The call-taker console's keyboard script, served at `/static/console.js`.
    let consoleScript: String

    /// Loads every `.mustache` file of the module's `Templates` folder.
    /// - Throws: when a template does not parse (a programming error caught by any test that renders a page).
    init() throws {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw RecordsError.database(reason: "the server's Templates folder is missing from the build")
        }
        var library = MustacheLibrary()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for file in files where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
        self.stylesheet = (try? String(contentsOf: folder.appendingPathComponent("app.css"), encoding: .utf8)) ?? ""
        self.consoleScript = (try? String(contentsOf: folder.appendingPathComponent("console.js"), encoding: .utf8)) ?? ""
    }

    /// A page as HTML text (for the oversight report's PDF and the cached public page).
    func html(_ template: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: template) ?? "<!doctype html><title>Error</title><p>The page template \(template) is missing.</p>"
    }

    /// A page as an HTML response.
    func render(_ template: String, _ values: [String: Any], context: RecordsRequestContext, status: HTTPResponse.Status = .ok) -> Response {
        var data = values
        if let session = context.session {
            let role = session.user.role
            data["signedIn"] = true
            data["userName"] = session.user.name
            data["role"] = role.rawValue
            data["team"] = session.user.team
            data["csrf"] = session.csrfToken
            data["readsRecords"] = role.readsRecords
            data["writesRecords"] = role.writesRecords
            data["isAdministrator"] = role == .administrator
            data["seesCAD"] = AccessPolicy.canSeeCAD(session.user)
            data["importsCAD"] = role.importsCAD
            data["screensCalls"] = role == .callTaker || role == .supervisor
            data["readsDashboard"] = role == .supervisor || role == .evaluator
        }
        let html = library.render(data, withTemplate: template) ?? "<!doctype html><title>Error</title><p>The page template \(template) is missing.</p>"
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// Preset choices as template options, marking the chosen ones.
    static func options(_ choices: [String], selected: [String]) -> [[String: Any]] {
        choices.map { ["value": $0, "selected": selected.contains($0)] }
    }

    static func options(_ choices: [String], chosen: String?) -> [[String: Any]] {
        options(choices, selected: chosen.map { [$0] } ?? [])
    }
}
