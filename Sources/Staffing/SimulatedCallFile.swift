import Foundation

/// Reads and writes simulated calls with their draws, so another simulator (the simpy benchmark) can run the same calls.
public enum SimulatedCallFile {
    /// Writes `arrival_minute,priority,busy_minutes,travel_minutes` with full precision.
    public static func write(_ calls: [SimulatedCall], to url: URL) throws {
        var text = "arrival_minute,priority,busy_minutes,travel_minutes\n"
        text.reserveCapacity(calls.count * 48)
        for c in calls { text += "\(c.arrivalMinute),\(c.priority),\(c.busyMinutes),\(c.travelMinutes)\n" }
        do { try text.write(to: url, atomically: true, encoding: .utf8) } catch {
            throw StaffingError.unreadableFile(path: url.path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Reads a file written by `write(_:to:)`; calls are sorted by arrival.
    public static func read(_ url: URL) throws -> [SimulatedCall] {
        let table = try CSVTable(contentsOf: url)
        let a = try table.column("arrival_minute"), p = try table.column("priority"), b = try table.column("busy_minutes"), t = try table.column("travel_minutes")
        var calls: [SimulatedCall] = []
        calls.reserveCapacity(table.rows.count)
        for row in table.rows {
            let arrival = try table.double(row, a, field: "arrival_minute", expected: "minutes ≥ 0")
            let busy = try table.double(row, b, field: "busy_minutes", expected: "minutes > 0")
            guard arrival >= 0 else { throw StaffingError.invalidValue(file: table.file, line: row.line, field: "arrival_minute", value: table.string(row, a), expected: "minutes ≥ 0") }
            guard busy >= 0 else { throw StaffingError.invalidValue(file: table.file, line: row.line, field: "busy_minutes", value: table.string(row, b), expected: "minutes ≥ 0") }
            calls.append(SimulatedCall(arrivalMinute: arrival, priority: Int(try table.double(row, p, field: "priority", expected: "an integer")),
                                       busyMinutes: busy, travelMinutes: try table.double(row, t, field: "travel_minutes", expected: "minutes ≥ 0")))
        }
        guard !calls.isEmpty else { throw StaffingError.noArrivals(file: table.file) }
        return calls.sorted { $0.arrivalMinute < $1.arrivalMinute }
    }
}
