import Foundation
import CallRecords
import Hummingbird
import ResponderRecords

/// CAD import as an upload: the same profiles, ingest and idempotent upsert as `reroute import`.
struct ImportRoutes {
    let services: RecordsServices

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/imports") { _, context in
            let requester = try context.requester()
            guard requester.user.role.importsCAD else { throw RecordsError.forbidden(reason: "the \(requester.user.role.rawValue) role does not import CAD data") }
            return services.pages.render("imports", ["title": "Import CAD calls"], context: context)
        }
        router.post("/imports") { request, context in
            let requester = try context.requester()
            guard requester.user.role.importsCAD else { throw RecordsError.forbidden(reason: "the \(requester.user.role.rawValue) role does not import CAD data") }
            let body = try await request.body.collect(upTo: 256 << 20)
            guard let form = MultipartForm(body: Data(buffer: body), contentType: request.headers[.contentType] ?? "") else {
                throw RecordsError.invalidField(field: "upload", value: request.headers[.contentType] ?? "", expected: "a multipart/form-data upload")
            }
            guard let session = context.session, let sent = form.fields["csrf"], CSRF.equal(sent, session.csrfToken) else {
                throw RecordsError.forbidden(reason: "the form's security token is missing or out of date; reload the page and try again")
            }
            guard let data = form.fileData, !data.isEmpty else {
                throw RecordsError.invalidField(field: "file", value: "", expected: "a CSV export of CAD calls")
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reroute-upload-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let safeName = (form.fileName ?? "upload.csv").replacingOccurrences(of: "/", with: "_")
            let file = folder.appendingPathComponent(safeName.isEmpty ? "upload.csv" : safeName)
            try data.write(to: file)
            let profile = form.fields["profile"].flatMap { $0.isEmpty ? nil : $0 }
            if let profile, !ProfileLibrary.builtInNames.contains(profile) {
                throw RecordsError.invalidField(field: "profile", value: profile, expected: "a built-in profile: " + ProfileLibrary.builtInNames.joined(separator: ", "))
            }
            let summary = try await CADImporter(database: services.database).importFiles([file.path], profile: profile, by: requester)
            return services.pages.render("imports", ["title": "Import CAD calls", "summary": [
                "importID": summary.importID, "profile": summary.profile, "file": safeName, "rowsRead": summary.rowsRead,
                "rowsAccepted": summary.rowsAccepted, "rowsRejected": summary.rowsRejected, "rowsExcluded": summary.rowsExcluded,
                "incidentsNew": summary.incidentsNew, "incidentsUpdated": summary.incidentsUpdated,
            ]], context: context)
        }
    }
}
