import Vocabulary
import CallCatalogue
import CallRecords
import Crypto
import Foundation
import SQLKit

/// What one CAD import did: the reconciliation (rows read = accepted + rejected + excluded) and the effect on the
/// database (incidents new and updated).
public struct CADImportSummary: Sendable, Codable, Equatable {
    public var importID: Int
    public var profile: String
    public var files: [String]
    public var rowsRead: Int
    public var rowsAccepted: Int
    public var rowsRejected: Int
    /// Rows the profile's row filter leaves out (not CAD calls of the study).
    public var rowsExcluded: Int
    public var incidentsNew: Int
    public var incidentsUpdated: Int
    /// Incidents written: distinct incident numbers among the accepted rows.
    public var incidentsWritten: Int { incidentsNew + incidentsUpdated }
}

/// Reads CAD exports through the same profiles and ingest as `reroute report`, and upserts them by incident number.
///
/// Re-importing a file updates its incidents and never duplicates them; each import keeps its provenance (who, when,
/// which files with their SHA-256, which profile, the reconciliation) in `imports`, and each incident points at the
/// import that first brought it and the one that last changed it. The whole import is one transaction.
public struct CADImporter: Sendable {
    public let database: RecordsDatabase

    public init(database: RecordsDatabase) {
        self.database = database
    }

    /// Imports CSV files.
    /// - Parameters:
    ///   - profile: a built-in profile name or a profile file; detected from the first file's header when nil.
    ///   - rejectsTo: where to write the rows that could not be read (none written when nil).
    /// - Throws: `InputError` when a file cannot be read or no profile fits; ``RecordsError`` from the database.
    /// - Complexity: holds one ``CallRecord`` per distinct incident in memory until the write.
    public func importFiles(_ files: [String], profile name: String? = nil, rejectsTo: URL? = nil, by requester: Requester) async throws -> CADImportSummary {
        guard requester.user.role.importsCAD else { throw RecordsError.forbidden(reason: "the \(requester.user.role.rawValue) role does not import CAD data") }
        let profile = try Self.chooseProfile(name, files: files)
        let catalogue = try CallCatalogue.builtInNames.contains(profile.catalogue)
            ? CallCatalogue.builtIn(profile.catalogue) : CallCatalogue.load(contentsOf: URL(fileURLWithPath: profile.catalogue))
        let ingestor = CallIngestor(profile: profile, rejects: try RejectsWriter(url: rejectsTo))
        var order: [String] = []
        var latest: [String: (CallRecord, Bool)] = [:]
        let report = try ingestor.ingestRecords(files: files) { record, _ in
            let eligible = catalogue.entry(for: profile.catalogueCode(for: record.rawCallType))?.isEligible ?? false
            let isResponderType = eligible && record.source != .officerInitiated
            if latest.updateValue((record, isResponderType), forKey: record.incidentID) == nil { order.append(record.incidentID) }
        }
        let digests = try files.map(Self.sha256(ofFile:))
        let started = Clock.nowText()
        let dialect = database.dialect
        return try await database.transaction { db in
            guard let row = try await db.raw("""
                INSERT INTO imports (started_at, imported_by, files, file_sha256, profile, rows_read, rows_accepted, rows_rejected, rows_excluded)
                VALUES (\(bind: started), \(bind: requester.user.name), \(bind: files.joined(separator: "\n")), \(bind: digests.joined(separator: "\n")),
                        \(bind: profile.name), \(bind: report.rowsRead), \(bind: report.rowsAccepted), \(bind: report.rowsRejected), \(bind: report.rowsExcluded))
                RETURNING id
                """).first() else { throw RecordsError.database(reason: "the import got no id") }
            let importID = try row.decode(column: "id", as: Int.self)
            var new = 0, updated = 0
            var start = 0
            let batchSize = 200
            while start < order.count {
                let batch = Array(order[start..<min(start + batchSize, order.count)])
                start += batchSize
                let existing = try await db.raw("SELECT COUNT(*) AS n FROM cad_incidents WHERE incident_number IN (\(binds: batch))").first()?.int("n") ?? 0
                updated += existing
                new += batch.count - existing
                var values: [SQLQueryString] = []
                for id in batch {
                    guard let entry = latest[id] else { continue }
                    let (r, responder) = entry
                    values.append("""
                        (\(bind: r.incidentID), \(bind: r.callType), \(bind: r.rawCallType), \(bind: r.priority), \(bind: r.source.rawValue),
                         \(bind: r.created?.description ?? ""), \(bind: r.dispatched?.description), \(bind: r.enRoute?.description),
                         \(bind: r.arrived?.description), \(bind: r.cleared?.description), \(bind: r.rawDisposition), \(bind: r.outcome.rawValue),
                         \(bind: r.latitude), \(bind: r.longitude), \(bind: r.district), \(bind: r.beat), \(bind: r.address), \(bind: r.narrative),
                         \(bind: responder ? 1 : 0), \(bind: importID), \(bind: importID))
                        """)
                }
                try await db.raw("""
                    INSERT INTO cad_incidents (incident_number, call_type, raw_call_type, priority, source, created_at, dispatched_at, en_route_at,
                        arrived_at, cleared_at, disposition, outcome, latitude, longitude, district, beat, address, narrative, responder_type,
                        first_import_id, import_id)
                    VALUES \(values.joined(separator: ", "))
                    ON CONFLICT (incident_number) DO UPDATE SET call_type = excluded.call_type, raw_call_type = excluded.raw_call_type,
                        priority = excluded.priority, source = excluded.source, created_at = excluded.created_at,
                        dispatched_at = excluded.dispatched_at, en_route_at = excluded.en_route_at, arrived_at = excluded.arrived_at,
                        cleared_at = excluded.cleared_at, disposition = excluded.disposition, outcome = excluded.outcome,
                        latitude = excluded.latitude, longitude = excluded.longitude, district = excluded.district, beat = excluded.beat,
                        address = excluded.address, narrative = excluded.narrative, responder_type = excluded.responder_type,
                        import_id = excluded.import_id
                    """).run()
            }
            try await db.raw("""
                UPDATE imports SET finished_at = \(bind: Clock.nowText()), incidents_new = \(bind: new), incidents_updated = \(bind: updated)
                WHERE id = \(bind: importID)
                """).run()
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "import", entity: "cad_incident", entityID: "import \(importID)",
                                      detail: "\(report.rowsRead) rows read, \(new) new, \(updated) updated, profile \(profile.name)")
            return CADImportSummary(importID: importID, profile: profile.name, files: files, rowsRead: report.rowsRead,
                                    rowsAccepted: report.rowsAccepted, rowsRejected: report.rowsRejected, rowsExcluded: report.rowsExcluded,
                                    incidentsNew: new, incidentsUpdated: updated)
        }
    }

    /// The named profile, or the one whose detection columns the first file's header has.
    static func chooseProfile(_ name: String?, files: [String]) throws -> Profile {
        if let name { return try ProfileLibrary.resolve(name) }
        guard let first = files.first else { throw InputError.noInputFiles }
        let header = try CallIngestor.header(of: first)
        guard let profile = ProfileLibrary.detect(header: header) else { throw InputError.noProfileMatches(file: first, seen: header) }
        return profile
    }

    /// SHA-256 of a file's bytes, hex, read in 1 MiB chunks.
    static func sha256(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError.cannotOpen(file: path, reason: "cannot read it") }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
