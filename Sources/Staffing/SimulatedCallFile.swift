import Foundation
import Vocabulary

/// Reads and writes simulated calls with their draws, so another simulator (the simpy benchmark) can run the same calls.
public enum SimulatedCallFile {
    /// The file's columns, in order.
    public static let columns = ["arrival_minute", "priority", "busy_minutes", "travel_minutes"]

    /// Writes `arrival_minute,priority,busy_minutes,travel_minutes` with full precision (Swift's shortest
    /// round-tripping form, so a read gives back the same doubles).
    /// - Throws: ``OutputError`` (exit 73) when the file cannot be written.
    public static func write(_ calls: [SimulatedCall], to url: URL) throws(OutputError) {
        let rows = calls.map { ["\($0.arrivalMinute)", "\($0.priority)", "\($0.busyMinutes)", "\($0.travelMinutes)"] }
        try OutputFile.write(CSVWriter.document(header: columns, rows: rows), to: url)
    }

    /// Reads a file written by `write(_:to:)`; calls are sorted by arrival.
    /// - Throws: ``CSVDocumentError`` for a bad field, ``StaffingError/noArrivals(file:)`` for a file without calls.
    public static func read(_ url: URL) throws -> [SimulatedCall] {
        let document = try CSVDocument(contentsOf: url)
        for column in columns { _ = try document.column(column) }
        let calls = try document.rows.map { row in
            let priority = try document.number(row, "priority", allowNegative: true)
            guard let wholePriority = Int(exactly: priority) else {
                throw CSVDocumentError.badField(file: document.name, line: row.line, field: "priority", value: try document.text(row, "priority"), expected: "an integer")
            }
            return SimulatedCall(arrivalMinute: try document.number(row, "arrival_minute"), priority: wholePriority,
                                 busyMinutes: try document.number(row, "busy_minutes"), travelMinutes: try document.number(row, "travel_minutes"))
        }
        guard !calls.isEmpty else { throw StaffingError.noArrivals(file: document.name) }
        return calls.sorted { $0.arrivalMinute < $1.arrivalMinute }
    }
}
