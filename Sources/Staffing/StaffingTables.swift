import Foundation

/// Plain-text tables and CSV/JSON writers for staffing results.
public enum StaffingTables {
    /// Renders rows as an aligned text table (first column left-aligned, others right-aligned).
    public static func text(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: max(0, widths[i] - c.count))
                return i == 0 ? c + pad : pad + c
            }.joined(separator: "  ")
        }
        return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Renders rows as CSV (fields with commas or quotes are quoted).
    public static func csv(header: [String], rows: [[String]]) -> String {
        func field(_ s: String) -> String { s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The side-by-side comparison: one row per schedule and window.
    public static func comparison(_ c: ScheduleComparison, windows: [String]? = nil) -> (header: [String], rows: [[String]]) {
        let header = ["schedule", "window", "team_hours_per_week", "roster_teams", "calls", "median_response_min", "median_ci95_halfwidth", "p90_response_min", "p90_ci95_halfwidth",
                      "share_wait_over_threshold", "share_ci95_halfwidth", "utilisation", "handed_back", "replications"]
        var rows: [[String]] = []
        for row in c.rows {
            for w in row.summary.windows where windows?.contains(w.window) ?? true {
                rows.append([row.schedule, w.window, "\(row.teamHoursPerWeek)", "\(row.rosterTeams)", formatNumber(w.calls.mean, digits: 1),
                             formatNumber(w.medianResponse.mean, digits: 2), formatNumber(w.medianResponse.halfWidth, digits: 2),
                             formatNumber(w.p90Response.mean, digits: 2), formatNumber(w.p90Response.halfWidth, digits: 2),
                             formatNumber(w.shareOverThreshold.mean, digits: 4), formatNumber(w.shareOverThreshold.halfWidth, digits: 4),
                             formatNumber(w.utilisation.mean, digits: 3), formatNumber(w.handedBack.mean, digits: 1), "\(row.summary.replications)"])
            }
        }
        return (header, rows)
    }

    /// Writes `text` to `dir/name`, creating the folder.
    public static func write(_ text: String, to dir: URL, name: String) throws {
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        } catch {
            throw StaffingError.unreadableFile(path: dir.appendingPathComponent(name).path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Writes a value as pretty JSON to `dir/name` (non-finite numbers become strings).
    public static func writeJSON<T: Encodable>(_ value: T, to dir: URL, name: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let data: Data
        do { data = try encoder.encode(value) } catch {
            throw StaffingError.invalidParameter(name: "JSON output \(name)", value: "\(error)", expected: "encodable values")
        }
        try write(String(decoding: data, as: UTF8.self), to: dir, name: name)
    }
}

extension SourcedValue {
    /// "value unit (source)" for terminal output.
    public var line: String { description }
}
